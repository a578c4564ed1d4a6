import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onParticipantEmail, requestParticipantEmails } from '@/lib/zoom-sdk';
import type { RosterEntry } from '../lib/roster';

/**
 * The e-mails participants shared, by participantUUID. Zoom asks each participant for consent, so the
 * sidebar asks once for everyone at the start and again whenever someone new joins.
 */
export function useParticipantEmails(enabled: boolean, roster: readonly RosterEntry[]): ReadonlyMap<string, string> {
  const { t } = useTranslation();
  const [emails, setEmails] = useState<ReadonlyMap<string, string>>(new Map());
  const asked = useRef(new Set<string>());

  // Declared first so the listener is there before the first request goes out.
  useEffect(() => {
    if (!enabled) return undefined;
    return onParticipantEmail(({ participantUUID, participantEmail }) => {
      if (!participantEmail) return;
      setEmails((current) => (current.get(participantUUID) === participantEmail ? current : new Map(current).set(participantUUID, participantEmail)));
    });
  }, [enabled]);

  const reason = t('meeting.emailReason');
  useEffect(() => {
    if (!enabled) return;
    const newcomers = roster.filter((entry) => !asked.current.has(entry.participantUUID));
    if (newcomers.length === 0) return;
    for (const entry of newcomers) asked.current.add(entry.participantUUID);
    // Without e-mails the roster still goes out, matched by name only.
    requestParticipantEmails(reason).catch(() => undefined);
  }, [enabled, roster, reason]);

  return emails;
}
