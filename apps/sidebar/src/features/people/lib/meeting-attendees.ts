import type { MeetingParticipantView, MeetingView, PersonSuggestion } from '@c360/contracts';

/** An attendee Gainsight suggests a person for, waiting for a click to confirm it. */
export interface AttendeeToConfirm {
  participant: MeetingParticipantView;
  suggestion: PersonSuggestion;
}

export interface MeetingAttendees {
  /** People Gainsight recognised among the attendees, by person id (whichever company they belong to). */
  personIds: string[];
  /** Attendees with a suggested person: "to confirm" here as in the participant list, never "not in Gainsight". */
  toConfirm: AttendeeToConfirm[];
  /** External attendees Gainsight does not know and suggests no one for. */
  notInGainsight: MeetingParticipantView[];
}

/** Sorts a meeting's attendees for the People tab by their match, as the participant list shows them; colleagues are none of them. */
export function meetingAttendees(meeting: MeetingView | undefined): MeetingAttendees {
  const attendees: MeetingAttendees = { personIds: [], toConfirm: [], notInGainsight: [] };
  for (const participant of meeting?.participants ?? []) {
    const { match } = participant;
    if (match.kind === 'person' && !attendees.personIds.includes(match.personId)) attendees.personIds.push(match.personId);
    if (match.kind === 'suggested-person') attendees.toConfirm.push({ participant, suggestion: match.suggestion });
    if (match.kind === 'unknown') attendees.notInGainsight.push(participant);
  }
  return attendees;
}
