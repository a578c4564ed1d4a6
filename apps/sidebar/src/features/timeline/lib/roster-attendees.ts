import type { ActivityAttendee, MeetingView } from '@c360/contracts';

export interface AttendeeChoices {
  internal: ActivityAttendee[];
  external: ActivityAttendee[];
  /** Persons suggested by a participant's display name but not confirmed: offered, never pre-ticked. */
  suggested: ActivityAttendee[];
}

export const NO_ATTENDEES: AttendeeChoices = { internal: [], external: [], suggested: [] };

/**
 * The meeting's participants as attendee choices: Gainsight users and the customer's known (or confirmed)
 * persons, pre-ticked on a new activity of the meeting, and the persons only suggested by a display name.
 */
export function rosterAttendees(meeting: MeetingView | undefined): AttendeeChoices {
  const internal = new Map<string, string>();
  const external = new Map<string, string>();
  const suggested = new Map<string, string>();
  for (const { match } of meeting?.participants ?? []) {
    if (match.kind === 'internal') internal.set(match.userId, match.name);
    if (match.kind === 'person') external.set(match.personId, match.name);
    if (match.kind === 'suggested-person') suggested.set(match.suggestion.personId, match.suggestion.name);
  }
  const list = (names: Map<string, string>) => [...names].map(([id, name]) => ({ id, name }));
  return { internal: list(internal), external: list(external), suggested: list(suggested).filter(({ id }) => !external.has(id)) };
}

/** The choices plus anyone already on the activity who is not in the meeting (e.g. a continued draft). */
export function withChosen(choices: ActivityAttendee[], chosen: ActivityAttendee[]): ActivityAttendee[] {
  const known = new Set(choices.map((attendee) => attendee.id));
  return [...choices, ...chosen.filter((attendee) => !known.has(attendee.id))];
}
