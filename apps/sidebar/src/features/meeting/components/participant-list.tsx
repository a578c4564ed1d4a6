import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronIcon } from '@/components/ui/icons';
import '@/components/ui/disclosure.css';
import type { ParticipantRow } from '../lib/participant-rows';
import { ParticipantMatch } from './participant-match';

interface ParticipantListProps {
  participants: readonly ParticipantRow[];
  /** The current user's participantUUID, marked "(you)". */
  myParticipantUuid: string | undefined;
  /** Needed to confirm suggestions; null when the list does not come from the shared meeting view. */
  meetingUuid: string | null;
  /** The one line that stands for the list while it is folded ("5 in the call · 3 in Gainsight"). */
  summary: string;
  /** Folded until opened, e.g. once the meeting's company is chosen and the tabs need the room. */
  foldedByDefault: boolean;
  /** For the live region: who came or went last. */
  announcement: string;
  /** Under the list, folded with it. */
  children?: ReactNode;
}

function useRoleLabel() {
  const { t } = useTranslation();
  return (role: string) => (role === 'host' ? t('meeting.host') : role === 'cohost' || role === 'coHost' ? t('meeting.cohost') : undefined);
}

/**
 * The participants as one line that unfolds into the list (a disclosure). Until the user opens or closes it,
 * it follows `foldedByDefault`; after that, the user's choice holds.
 */
export function ParticipantList({ participants, myParticipantUuid, meetingUuid, summary, foldedByDefault, announcement, children }: ParticipantListProps) {
  const { t } = useTranslation();
  const bodyId = useId();
  const roleLabel = useRoleLabel();
  const [opened, setOpened] = useState<boolean | null>(null);
  const expanded = opened ?? !foldedByDefault;
  return (
    <section className="participants" aria-label={t('meeting.participants')}>
      <h2 className="disclosure__title">
        <button type="button" className="disclosure__toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setOpened(!expanded)}>
          <ChevronIcon direction="right" className="icon disclosure__chevron" />
          <span className="participants__summary">{summary}</span>
        </button>
      </h2>
      <div id={bodyId} className="participants__body" hidden={!expanded}>
        <ul className="participants__list" aria-label={t('meeting.participantsCount', { count: participants.length })}>
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
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
