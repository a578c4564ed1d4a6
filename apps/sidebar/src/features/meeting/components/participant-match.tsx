import type { ParticipantMatchView } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { useConfirmParticipantPerson } from '../api/confirm-participant-person';

interface ParticipantMatchProps {
  meetingUuid: string;
  participantUuid: string;
  displayName: string;
  match: ParticipantMatchView;
}

/** Who the participant is in Gainsight: an internal user, a person, or a suggestion to confirm. */
export function ParticipantMatch({ meetingUuid, participantUuid, displayName, match }: ParticipantMatchProps) {
  const { t } = useTranslation();
  const confirm = useConfirmParticipantPerson(meetingUuid);

  if (match.kind === 'internal') return <span className="participants__badge participants__badge--internal">{t('meeting.internal')}</span>;
  if (match.kind === 'person' && match.name) {
    return <span className="participants__match">{t('meeting.matchedAs', { name: match.name })}</span>;
  }
  if (match.kind !== 'suggested-person' || !match.suggestion) return null;

  const { personId, name = displayName } = match.suggestion;
  return (
    <span className="participants__suggestion">
      <span className="participants__match">{t('meeting.suggestion', { name })}</span>
      <button
        type="button"
        className="button participants__confirm"
        aria-label={t('meeting.confirmLabel', { participant: displayName, name })}
        disabled={confirm.isPending}
        onClick={() => confirm.mutate({ participantUuid, personId })}
      >
        {t('meeting.confirm')}
      </button>
      {confirm.isError && (
        <span role="alert" className="participants__error">
          {t('meeting.confirmFailed')}
        </span>
      )}
    </span>
  );
}
