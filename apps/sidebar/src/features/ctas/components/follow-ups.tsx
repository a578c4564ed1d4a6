import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ctaSubjectOf } from '../api/get-ctas';
import { useCtaPermission } from '../hooks/use-cta-permission';
import { AddFollowUp } from './add-follow-up';
import { CtaList } from './cta-list';
import './ctas.css';

interface FollowUpsProps {
  /** The activity's id once it exists on the server (saved as a draft or logged). */
  activityId: string | undefined;
  /** Writes the activity when there is none yet (the after-call panel's), answering its id: follow-ups can then be added before it exists. */
  prepareActivity?: (() => Promise<string>) | undefined;
  companyId: string | null;
  relationshipId: string | null;
  /** The activity's subject, to name it. */
  subject: string;
}

/**
 * Follow-up tasks of an activity (seed 002): the ones already added, and "Add follow-up". Each becomes an
 * Activity-type CTA "To-Do: …" linked to the activity, so it needs the activity saved first.
 */
export function FollowUps({ activityId, prepareActivity, companyId, relationshipId, subject }: FollowUpsProps) {
  const { t } = useTranslation();
  const id = useId();
  const { me, canManage } = useCtaPermission();
  const listSubject = ctaSubjectOf(companyId, relationshipId);
  const activity = activityId ?? prepareActivity;
  const reason = !canManage
    ? t('ctas.form.notAllowed')
    : activityId === undefined && (prepareActivity === undefined || subject.trim() === '')
      ? t(subject.trim() === '' ? 'ctas.form.subjectFirst' : 'ctas.form.saveFirst')
      : null;
  const label = subject.trim() === '' ? t('ctas.followUps.title') : t('ctas.followUps.titleOf', { subject: subject.trim() });

  return (
    <section className="follow-ups" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="follow-ups__title">
        {label}
      </h4>
      {activityId !== undefined && listSubject !== null && (
        <CtaList
          scope={{ subject: listSubject, filter: 'ALL', activityId }}
          label={label}
          canManage={canManage}
          showActivity={false}
          emptyText={t('ctas.followUps.none')}
        />
      )}
      {reason !== null || activity === undefined || me === null ? (
        <div className="actions">
          <button type="button" className="button" aria-disabled="true" aria-describedby={`${id}-reason`}>
            {t('ctas.form.add')}
          </button>
          <p id={`${id}-reason`} className="muted">
            {reason}
          </p>
        </div>
      ) : (
        // The server takes the company and relationship from the activity itself.
        <AddFollowUp activity={activity} me={me} />
      )}
    </section>
  );
}
