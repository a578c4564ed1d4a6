import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LastRosterChange } from '../hooks/use-meeting-participants';
import type { RosterEntry } from '../lib/roster';

interface ParticipantListProps {
  participants: readonly RosterEntry[];
  /** The current user's participantUUID, marked "(you)". */
  myParticipantUuid: string | undefined;
  lastChange?: LastRosterChange | undefined;
  children?: React.ReactNode;
}

function useRoleLabel() {
  const { t } = useTranslation();
  return (role: string) => (role === 'host' ? t('meeting.host') : role === 'cohost' || role === 'coHost' ? t('meeting.cohost') : undefined);
}

function useAnnouncement(lastChange: LastRosterChange | undefined): string {
  const { t, i18n } = useTranslation();
  if (!lastChange) return '';
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return [
    lastChange.joined.length > 0 ? t('meeting.joined', { names: list.format(lastChange.joined) }) : '',
    lastChange.left.length > 0 ? t('meeting.left', { names: list.format(lastChange.left) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function ParticipantList({ participants, myParticipantUuid, lastChange, children }: ParticipantListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const roleLabel = useRoleLabel();
  const announcement = useAnnouncement(lastChange);
  return (
    <section className="participants" aria-labelledby={headingId}>
      <h2 id={headingId} className="participants__title">
        {t('meeting.participantsCount', { count: participants.length })}
      </h2>
      <ul className="participants__list" aria-labelledby={headingId}>
        {participants.map((participant) => {
          const role = roleLabel(participant.role);
          return (
            <li key={participant.participantUUID} className="participants__item">
              <span className="participants__name">{participant.screenName}</span>
              {participant.participantUUID === myParticipantUuid && <span className="participants__you"> {t('meeting.you')}</span>}
              {role && <span className="participants__role">{role}</span>}
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
