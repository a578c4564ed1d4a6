export { readMeeting, saveRoster, setMeetingSubject, type SaveRosterInput, type RosterSender, type SetMeetingSubjectInput } from './meeting-store.ts';
export type { MeetingKey } from './meeting-key.ts';
export { recordSidebarOpened, type SidebarOpenedInput } from './record-sidebar-opened.ts';
export { confirmParticipantPerson, type ConfirmParticipantPersonInput } from './confirm-participant-person.ts';
