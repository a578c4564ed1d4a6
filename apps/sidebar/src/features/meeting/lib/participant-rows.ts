import type { MeetingParticipantView, ParticipantMatchView } from '@c360/contracts';
import type { RosterEntry } from './roster';

/** One line of the participant list, whichever source it came from. */
export interface ParticipantRow {
  participantUuid: string;
  displayName: string;
  /** As Zoom or the contract names it: host, cohost/coHost, attendee. */
  role: string;
  /** Only the shared meeting view knows who a participant is in Gainsight. */
  match?: ParticipantMatchView;
}

export const rowsFromView = (participants: readonly MeetingParticipantView[]): ParticipantRow[] =>
  participants.map(({ participantUuid, displayName, role, match }) => ({ participantUuid, displayName, role, match }));

export const rowsFromRoster = (roster: readonly RosterEntry[]): ParticipantRow[] =>
  roster.map(({ participantUUID, screenName, role }) => ({ participantUuid: participantUUID, displayName: screenName, role }));
