import type { MeetingParticipantView, MeetingView } from '@c360/contracts';
import { participantStateOf } from '../../meeting/lib/participant-state';

/** An attendee Gainsight suggests a person for, waiting for a click to confirm it. */
export interface AttendeeToConfirm {
  participant: MeetingParticipantView;
  suggestion: { personId: string; name: string };
}

export interface MeetingAttendees {
  /** People Gainsight recognised among the attendees, by person id (whichever company they belong to). */
  personIds: string[];
  /** Attendees with a suggested person: "to confirm" here as in the participant list, never "not in Gainsight". */
  toConfirm: AttendeeToConfirm[];
  /** External attendees Gainsight does not know and suggests no one for. */
  notInGainsight: MeetingParticipantView[];
}

/** Sorts a meeting's attendees for the People tab by the participant list's own states; colleagues are none of them. */
export function meetingAttendees(meeting: MeetingView | undefined): MeetingAttendees {
  const attendees: MeetingAttendees = { personIds: [], toConfirm: [], notInGainsight: [] };
  for (const participant of meeting?.participants ?? []) {
    const state = participantStateOf(participant.match, participant.displayName);
    if (state.kind === 'known' && !attendees.personIds.includes(state.personId)) attendees.personIds.push(state.personId);
    if (state.kind === 'to-confirm') attendees.toConfirm.push({ participant, suggestion: state.suggestion });
    if (state.kind === 'not-in-gainsight') attendees.notInGainsight.push(participant);
  }
  return attendees;
}
