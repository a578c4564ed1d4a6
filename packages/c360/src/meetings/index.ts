export { readMeeting, saveRoster, setMeetingSubject, type MeetingKey, type SaveRosterInput, type SetMeetingSubjectInput } from './meeting-store.ts';
