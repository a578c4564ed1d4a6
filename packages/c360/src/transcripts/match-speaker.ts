import type { MeetingView, SpeakerSide } from '@c360/contracts';

export interface SpeakerMatch {
  personId: string | null;
  userId: string | null;
  side: SpeakerSide;
}

const UNKNOWN: SpeakerMatch = { personId: null, userId: null, side: 'unknown' };

/** A display name as Zoom's clients may vary it (full-width letters, doubled spaces, case): compared this way. */
const normalName = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Who speaks, by the roster, for every transcript of the meeting (the live one's lines and speakers, the
 * recording's cues): Zoom names a speaker only by display name (RTMS user ids are not the roster's participant
 * ids), so the participant with that name gives the match — its person (the customer's side) or our user (our
 * side). A name no participant carries, or one whose match is only a suggestion, stays unknown. Built once per
 * meeting view, then asked per name.
 */
export function speakerMatcher(meeting: MeetingView | null): (speakerName: string) => SpeakerMatch {
  const byName = new Map<string, SpeakerMatch>();
  for (const { displayName, match } of meeting?.participants ?? []) {
    const name = normalName(displayName);
    if (byName.has(name)) continue;
    if (match.kind === 'person') byName.set(name, { personId: match.personId, userId: null, side: 'customer' });
    if (match.kind === 'internal') byName.set(name, { personId: null, userId: match.userId, side: 'ours' });
  }
  return (speakerName) => byName.get(normalName(speakerName)) ?? UNKNOWN;
}
