export { readMeeting, saveRoster, setMeetingSubject, type RosterKey, type RosterSender } from './meeting-store.ts';
export type { MeetingKey } from './meeting-key.ts';
export { recordSidebarOpened, type SidebarOpenedInput } from './record-sidebar-opened.ts';
export { confirmParticipantPerson, type ParticipantKey } from './confirm-participant-person.ts';
