export { readMeeting, saveRoster, setMeetingSubject, type MeetingKey, type SaveRosterInput, type SetMeetingSubjectInput } from './meeting-store.ts';
export { confirmParticipantPerson, type ConfirmParticipantPersonInput } from './confirm-participant-person.ts';
