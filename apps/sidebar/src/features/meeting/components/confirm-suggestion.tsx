import { useTranslation } from 'react-i18next';
import { useConfirmParticipantPerson } from '../api/confirm-participant-person';
import './confirm-suggestion.css';

interface ConfirmSuggestionProps {
  meetingUuid: string;
  participantUuid: string;
  /** The participant's name in Zoom. */
  displayName: string;
  /** The person Gainsight suggests by name. */
  suggestion: { personId: string; name: string };
  /** After the server remembered it (the button is gone then: the caller may move the focus). */
  onConfirmed?: () => void;
}

/**
 * "Is this Olivia Park? Confirm", wherever the participant is shown (Participants, People): one request
 * (PUT …/participants/:participantUuid/person) whose answer replaces the shared meeting view, so every
 * place and, through the meeting's event stream, every sidebar of the meeting shows them as known.
 */
export function ConfirmSuggestion({ meetingUuid, participantUuid, displayName, suggestion, onConfirmed }: ConfirmSuggestionProps) {
  const { t } = useTranslation();
  const confirm = useConfirmParticipantPerson(meetingUuid, onConfirmed);
  return (
    <span className="suggestion">
      <span className="suggestion__text">{t('meeting.suggestion', { name: suggestion.name })}</span>
      <button
        type="button"
        className="button suggestion__confirm"
        aria-label={t('meeting.confirmLabel', { participant: displayName, name: suggestion.name })}
        aria-disabled={confirm.isPending || undefined}
        onClick={() => confirm.isPending || confirm.mutate({ participantUuid, personId: suggestion.personId })}
      >
        {confirm.isPending ? t('meeting.confirming') : t('meeting.confirm')}
      </button>
      {confirm.isError && (
        <span role="alert" className="suggestion__error">
          {t('meeting.confirmFailed')}
        </span>
      )}
    </span>
  );
}
