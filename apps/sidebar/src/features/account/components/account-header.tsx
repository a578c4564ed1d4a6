import type { MeetingSubject } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { QueryFailure } from '@/components/ui/query-state';
import { useCurrentSubject } from '@/features/subject';
import { useFirstUsefulViewMark } from '@/hooks/use-first-useful-view';
import { useSubjectSummary } from '../api/get-subject-summary';
import { useRefreshOnWrites } from '../hooks/use-refresh-on-writes';
import { AccountGlance } from './account-glance';
import './account-header.css';

/** The chosen company or relationship at a glance, under the search; nothing while none is chosen. */
export function AccountHeader() {
  const { subject } = useCurrentSubject();
  useRefreshOnWrites();
  return subject && <SubjectHeader key={`${subject.kind}:${subject.id}`} subject={subject} />;
}

function SubjectHeader({ subject }: { subject: MeetingSubject }) {
  const { t } = useTranslation();
  const summary = useSubjectSummary({ kind: subject.kind, id: subject.id });
  useFirstUsefulViewMark('accountHeader', summary.isSuccess);
  return (
    <section className="account-header" aria-label={t('account.label')} aria-busy={summary.isPending}>
      {summary.isPending ? (
        <AccountSkeleton name={subject.name} />
      ) : summary.isError ? (
        <QueryFailure failed={t('account.failed')} onRetry={() => void summary.refetch()} className="account-header__failure" />
      ) : (
        <AccountGlance summary={summary.data} />
      )}
    </section>
  );
}

/** The name the picker already knows, and grey bars where the facts will be. */
function AccountSkeleton({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="account-header__title">
        <h2 className="account-header__name">{name}</h2>
        <span className="account-skeleton account-skeleton--chip" aria-hidden="true" />
      </div>
      <p className="account-header__facts" role="status">
        <span className="visually-hidden">{t('account.loading')}</span>
        <span className="account-skeleton account-skeleton--line" aria-hidden="true" />
      </p>
    </>
  );
}
