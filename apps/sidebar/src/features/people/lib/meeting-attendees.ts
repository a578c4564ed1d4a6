import type { MeetingParticipantView, MeetingView } from '@c360/contracts';

export interface MeetingAttendees {
  /** People Gainsight recognised among the attendees, by person id (whichever company they belong to). */
  personIds: string[];
  /** External attendees Gainsight does not know yet; a name-only suggestion is not knowing them either. */
  notInGainsight: MeetingParticipantView[];
}

/** Sorts a meeting's attendees for the People tab; internal users (colleagues) are neither. */
export function meetingAttendees(meeting: MeetingView | undefined): MeetingAttendees {
  const participants = meeting?.participants ?? [];
  return {
    personIds: [...new Set(participants.flatMap(({ match }) => (match.kind === 'person' && match.personId ? [match.personId] : [])))],
    notInGainsight: participants.filter(({ match }) => match.kind === 'unknown' || match.kind === 'suggested-person'),
  };
}
