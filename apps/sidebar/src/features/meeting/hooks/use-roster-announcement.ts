import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Named {
  participantUuid: string;
  displayName: string;
}

/**
 * The live region's text: who joined or left since the list last changed. The first list of each source
 * (the attendee's fallback, the host's SDK roster, the shared meeting view) announces nothing.
 */
export function useRosterAnnouncement(source: string, participants: readonly Named[]): string {
  const { t, i18n } = useTranslation();
  const previous = useRef<{ source: string; names: ReadonlyMap<string, string> } | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const current = new Map(participants.map((participant) => [participant.participantUuid, participant.displayName]));
    const before = previous.current?.source === source ? previous.current.names : undefined;
    previous.current = { source, names: current };
    if (!before || before.size === 0) return;
    const joined = [...current].filter(([uuid]) => !before.has(uuid)).map(([, name]) => name);
    const left = [...before].filter(([uuid]) => !current.has(uuid)).map(([, name]) => name);
    if (joined.length === 0 && left.length === 0) return;
    const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
    setAnnouncement(
      [joined.length > 0 ? t('meeting.joined', { names: list.format(joined) }) : '', left.length > 0 ? t('meeting.left', { names: list.format(left) }) : '']
        .filter(Boolean)
        .join(' '),
    );
  }, [source, participants, t, i18n.language]);

  return announcement;
}
