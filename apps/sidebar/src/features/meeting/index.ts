// The meeting feature's public entry: what other features and app/ may import from it.
export { confirmParticipantPerson } from './api/confirm-participant-person';
export { meetingKeys, useMeeting } from './api/get-meeting';
export { useTranscript, type LiveTranscript } from './api/get-transcript';
export { ConfirmSuggestion } from './components/confirm-suggestion';
export { MeetingParticipants } from './components/meeting-participants';
export { isHostRole } from './lib/roster';
