import type { ParticipantChangeEvent, ZoomParticipant } from '@/lib/zoom-sdk';

export interface RosterEntry {
  participantUUID: string;
  screenName: string;
  role: string;
}

export interface RosterChange {
  roster: RosterEntry[];
  joined: RosterEntry[];
  left: RosterEntry[];
}

const entry = ({ participantUUID, screenName, role }: RosterEntry): RosterEntry => ({ participantUUID, screenName, role });

/**
 * Applies one onParticipantChange event. Zoom may send the same change twice, so a join of someone
 * already listed and a leave of someone not listed change nothing.
 */
export function applyParticipantChange(roster: readonly RosterEntry[], event: ParticipantChangeEvent): RosterChange {
  let next = [...roster];
  const joined: RosterEntry[] = [];
  const left: RosterEntry[] = [];
  for (const participant of event.participants) {
    const existing = next.find((candidate) => candidate.participantUUID === participant.participantUUID);
    if (participant.status === 'join' && !existing) {
      const added = entry(participant);
      next = [...next, added];
      joined.push(added);
    } else if (participant.status === 'leave' && existing) {
      next = next.filter((candidate) => candidate !== existing);
      left.push(existing);
    }
  }
  return { roster: next, joined, left };
}

/** The full list from getMeetingParticipants, plus anyone whose join arrived before the list did. */
export function rosterFromList(list: readonly ZoomParticipant[], current: readonly RosterEntry[]): RosterEntry[] {
  const listed = list.map(entry);
  const known = new Set(listed.map((participant) => participant.participantUUID));
  return [...listed, ...current.filter((participant) => !known.has(participant.participantUUID))];
}

export const isHostRole = (role: string | undefined) => role === 'host' || role === 'coHost' || role === 'cohost';
