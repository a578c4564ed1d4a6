import type { MeetingView, SpeakerSide } from '@c360/contracts';

export interface SpeakerMatch {
  personId: string | null;
  userId: string | null;
  side: SpeakerSide;
}

const UNKNOWN: SpeakerMatch = { personId: null, userId: null, side: 'unknown' };

/**
 * The speaker of a transcript line, by the roster: RTMS names a speaker only by display name (its user ids
 * are not the roster's participant ids), so the participant with exactly that name gives the match — its
 * person (the customer's side) or our user (our side). A name no participant carries, or one whose match is
 * only a suggestion, stays unknown.
 */
export function matchSpeaker(meeting: MeetingView | null, speakerName: string): SpeakerMatch {
  for (const participant of meeting?.participants ?? []) {
    if (participant.displayName !== speakerName) continue;
    const { match } = participant;
    if (match.kind === 'person') return { personId: match.personId, userId: null, side: 'customer' };
    if (match.kind === 'internal') return { personId: null, userId: match.userId, side: 'ours' };
  }
  return UNKNOWN;
}
