import type { ParticipantMatchView } from '@c360/contracts';

/**
 * Who a meeting participant is in Gainsight, derived once from the shared meeting view so that every place
 * that shows them (Participants, People) agrees: a colleague, a known person, a suggested person waiting for
 * a click (never "not in Gainsight" meanwhile), or someone Gainsight does not know.
 */
export type ParticipantState =
  | { kind: 'internal'; name: string }
  | { kind: 'known'; personId: string; name: string }
  | { kind: 'to-confirm'; suggestion: { personId: string; name: string } }
  | { kind: 'not-in-gainsight' };

/** The state of one participant; `displayName` (Zoom's) stands in where Gainsight sent no name. */
export function participantStateOf(match: ParticipantMatchView, displayName: string): ParticipantState {
  if (match.kind === 'internal') return { kind: 'internal', name: match.name ?? displayName };
  if (match.kind === 'person' && match.personId) return { kind: 'known', personId: match.personId, name: match.name ?? displayName };
  if (match.kind === 'suggested-person' && match.suggestion) {
    return { kind: 'to-confirm', suggestion: { personId: match.suggestion.personId, name: match.suggestion.name ?? displayName } };
  }
  return { kind: 'not-in-gainsight' };
}
