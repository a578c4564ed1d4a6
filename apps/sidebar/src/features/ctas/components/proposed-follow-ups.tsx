import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WaitingToSend } from '@/components/ui/waiting-to-send';
import { toApiError } from '@/lib/api-client';
import { useCreateCta } from '../api/create-cta';
import { ctaSubjectOf, useCtas } from '../api/get-ctas';
import { useCtaPermission } from '../hooks/use-cta-permission';
import { usePrepareActivity, type ActivityToFollow } from '../hooks/use-prepare-activity';
import { formatDueDate } from '../lib/due-date';
import { followUpOf, followUpSubjectOf, type Proposal } from '../lib/proposed-follow-up';
import './ctas.css';

interface ProposedFollowUpsProps {
  proposals: readonly Proposal[];
  /** The activity's id once it exists on the server. */
  activityId: string | undefined;
  /** Writes the activity when there is none yet, answering its id (as for "Add follow-up"). */
  prepareActivity?: (() => Promise<string>) | undefined;
  companyId: string | null;
  relationshipId: string | null;
}

/**
 * Follow-ups proposed from what was said (the after-call action items): each with its owner and due day,
 * made a follow-up CTA of the activity in one click. One already made (this session, or found among the
 * activity's follow-ups) says so instead.
 */
export function ProposedFollowUps({ proposals, activityId, prepareActivity, companyId, relationshipId }: ProposedFollowUpsProps) {
  const { t } = useTranslation();
  const id = useId();
  const { me, canManage } = useCtaPermission();
  const subject = ctaSubjectOf(companyId, relationshipId);
  // Hooks run every render: without an activity or subject the query is off and its scope unused.
  const existing = useCtas({ subject: subject ?? { kind: 'company', id: '' }, filter: 'ALL', activityId }, activityId !== undefined && subject !== null);
  const made = new Set(existing.data?.pages.flatMap((page) => page.items.map((cta) => cta.subject)) ?? []);
  const activity = activityId ?? prepareActivity;
  const reason = !canManage ? t('ctas.form.notAllowed') : activity === undefined ? t('ctas.proposed.saveFirst') : null;

  return (
    <section className="proposed-follow-ups" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="follow-ups__title">
        {t('ctas.proposed.title')}
      </h4>
      {reason !== null && (
        <p id={`${id}-reason`} className="muted">
          {reason}
        </p>
      )}
      <ul className="stack-list">
        {proposals.map((proposal, at) => (
          <ProposalRow
            // Proposals are recomputed from the same transcript in the same order: the position names one.
            key={at}
            proposal={proposal}
            alreadyMade={made.has(followUpSubjectOf(proposal))}
            activity={reason === null ? activity : undefined}
            meId={me?.id}
            reasonId={`${id}-reason`}
          />
        ))}
      </ul>
    </section>
  );
}

interface ProposalRowProps {
  proposal: Proposal;
  alreadyMade: boolean;
  /** Undefined while the follow-up cannot be made (the reason is shown above the list). */
  activity: ActivityToFollow | undefined;
  meId: string | undefined;
  reasonId: string;
}

function ProposalRow({ proposal, alreadyMade, activity, meId, reasonId }: ProposalRowProps) {
  const { t } = useTranslation();
  const create = useCreateCta();
  const { preparing, idOf } = usePrepareActivity();
  const made = alreadyMade || create.isSuccess;
  const busy = create.isPending || preparing === 'writing';

  const make = async () => {
    if (busy || made || activity === undefined || meId === undefined) return;
    const activityId = await idOf(activity);
    if (activityId === undefined) return;
    create.mutate(followUpOf(proposal, activityId, meId));
  };

  const failure = create.isError
    ? t('ctas.form.failed', { reason: toApiError(create.error).message })
    : preparing === 'failed'
      ? t('ctas.form.activityFailed')
      : null;
  return (
    <ProposalItem
      proposal={proposal}
      made={made}
      busy={busy}
      reasonId={activity === undefined ? reasonId : undefined}
      failure={failure}
      waiting={create.waiting}
      onMake={() => void make()}
    />
  );
}

interface ProposalItemProps {
  proposal: Proposal;
  made: boolean;
  busy: boolean;
  /** The id of why it cannot be made now; undefined when it can. */
  reasonId: string | undefined;
  failure: string | null;
  waiting: boolean;
  onMake: () => void;
}

/** One proposal as shown: the commitment, its owner and due day, and "Create follow-up" or that it was created. */
export function ProposalItem({ proposal, made, busy, reasonId, failure, waiting, onMake }: ProposalItemProps) {
  const { t, i18n } = useTranslation();
  return (
    <li className="proposed-follow-ups__item">
      <q className="proposed-follow-ups__text">{proposal.text}</q>
      <span className="proposed-follow-ups__meta">
        {t('ctas.proposed.owner', { name: proposal.ownerName })}
        {t('ctas.proposed.separator')}
        {proposal.dueDate === undefined ? t('ctas.proposed.noDue') : t('ctas.proposed.due', { date: formatDueDate(proposal.dueDate, i18n.language) })}
      </span>
      {made ? (
        <p role="status" className="proposed-follow-ups__made">
          {t('ctas.proposed.made')}
        </p>
      ) : (
        <button type="button" className="button" aria-disabled={busy || reasonId !== undefined} aria-describedby={reasonId} onClick={onMake}>
          {busy ? t('ctas.form.adding') : t('ctas.proposed.make')}
        </button>
      )}
      {failure !== null && (
        <p role="alert" className="field__error">
          {failure}
        </p>
      )}
      <WaitingToSend waiting={waiting} />
    </li>
  );
}
