import type { ActivityAttendee, MeetingView } from '@c360/contracts';

export interface AttendeeChoices {
  internal: ActivityAttendee[];
  external: ActivityAttendee[];
}

/**
 * The meeting's matched participants as attendee choices: Gainsight users and the customer's known
 * persons. Suggested persons are left out until someone confirms the match.
 */
export function rosterAttendees(meeting: MeetingView | undefined): AttendeeChoices {
  const internal = new Map<string, string>();
  const external = new Map<string, string>();
  for (const { match, displayName } of meeting?.participants ?? []) {
    if (match.kind === 'internal' && match.userId) internal.set(match.userId, match.name ?? displayName);
    if (match.kind === 'person' && match.personId) external.set(match.personId, match.name ?? displayName);
  }
  const list = (names: Map<string, string>) => [...names].map(([id, name]) => ({ id, name }));
  return { internal: list(internal), external: list(external) };
}

/** The choices plus anyone already on the activity who is not in the meeting (e.g. a continued draft). */
export function withChosen(choices: ActivityAttendee[], chosen: ActivityAttendee[]): ActivityAttendee[] {
  const known = new Set(choices.map((attendee) => attendee.id));
  return [...choices, ...chosen.filter((attendee) => !known.has(attendee.id))];
}
