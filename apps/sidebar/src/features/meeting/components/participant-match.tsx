import type { ParticipantMatchView } from '@c360/contracts';
import { useTranslation } from 'react-i18next';
import { ConfirmSuggestion } from './confirm-suggestion';

interface ParticipantMatchProps {
  meetingUuid: string;
  participantUuid: string;
  displayName: string;
  match: ParticipantMatchView;
}

/** Who the participant is in Gainsight: an internal user, a person, or a suggestion to confirm. */
export function ParticipantMatch({ meetingUuid, participantUuid, displayName, match }: ParticipantMatchProps) {
  const { t } = useTranslation();
  switch (match.kind) {
    case 'internal':
      return <span className="participants__badge participants__badge--internal">{t('meeting.internal')}</span>;
    case 'person':
      return <span className="participants__match">{t('meeting.matchedAs', { name: match.name })}</span>;
    case 'suggested-person':
      return <ConfirmSuggestion meetingUuid={meetingUuid} participantUuid={participantUuid} displayName={displayName} suggestion={match.suggestion} />;
    case 'unknown':
      return null;
  }
}
