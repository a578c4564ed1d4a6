import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantRow } from '../lib/participant-rows';
import { ParticipantMatch } from './participant-match';

interface ParticipantListProps {
  participants: readonly ParticipantRow[];
  /** The current user's participantUUID, marked "(you)". */
  myParticipantUuid: string | undefined;
  /** Needed to confirm suggestions; null when the list does not come from the shared meeting view. */
  meetingUuid: string | null;
  /** For the live region: who came or went last. */
  announcement: string;
  children?: ReactNode;
}

function useRoleLabel() {
  const { t } = useTranslation();
  return (role: string) => (role === 'host' ? t('meeting.host') : role === 'cohost' || role === 'coHost' ? t('meeting.cohost') : undefined);
}

export function ParticipantList({ participants, myParticipantUuid, meetingUuid, announcement, children }: ParticipantListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const roleLabel = useRoleLabel();
  return (
    <section className="participants" aria-labelledby={headingId}>
      <h2 id={headingId} className="participants__title">
        {t('meeting.participantsCount', { count: participants.length })}
      </h2>
      <ul className="participants__list" aria-labelledby={headingId}>
        {participants.map((participant) => {
          const role = roleLabel(participant.role);
          return (
            <li key={participant.participantUuid} className="participants__item">
              <span className="participants__line">
                <span className="participants__name">{participant.displayName}</span>
                {participant.participantUuid === myParticipantUuid && <span className="participants__you"> {t('meeting.you')}</span>}
                {role && <span className="participants__role">{role}</span>}
              </span>
              {participant.match && meetingUuid !== null && (
                <ParticipantMatch
                  meetingUuid={meetingUuid}
                  participantUuid={participant.participantUuid}
                  displayName={participant.displayName}
                  match={participant.match}
                />
              )}
            </li>
          );
        })}
      </ul>
      {children}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
