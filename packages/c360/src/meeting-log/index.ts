export { endMeeting, type EndMeetingInput, type EndedMeeting } from './end-meeting.ts';
export { processMeetingEnded } from './process-meeting-ended.ts';
export { readMeetingLog, type ReadMeetingLogQuery } from './read-meeting-log.ts';
export { actOnMeetingLog, type ActOnMeetingLogInput } from './act-on-meeting-log.ts';
export { listMeetingLogs, type ListMeetingLogsInput } from './list-meeting-logs.ts';
export { requireHostedMeeting } from './require-hosted-meeting.ts';
