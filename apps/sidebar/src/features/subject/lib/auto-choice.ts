import type { MeetingSubject, MeetingView } from '@c360/contracts';
import { z } from 'zod';
import { browserStorage, storedValue, type StoredValue } from '@/lib/stored-value';

/**
 * The company to choose for a running meeting by itself: the roster's suggestion, when it is unambiguous
 * (no other company's e-mail domain among the attendees), the meeting has no subject and nobody has made
 * a choice for it on this device yet (a cleared choice is a choice too).
 */
export function autoChoice(meeting: MeetingView | undefined, decided: boolean): MeetingSubject | null {
  if (!meeting || decided || meeting.logState !== undefined || meeting.subject !== null) return null;
  const suggested = meeting.suggestedCompany;
  return suggested?.unambiguous ? { kind: 'company', id: suggested.id, name: suggested.name } : null;
}

/** Whether the meeting's subject has been decided (chosen, cleared, or chosen by itself) on this device. */
export const subjectDecided = (meetingUuid: string): StoredValue<true> => storedValue(browserStorage(), `c360.subject-decided:${meetingUuid}`, z.literal(true));
