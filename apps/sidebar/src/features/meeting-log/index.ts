// The meeting-log feature's public entry: what other features and app/ may import from it.
export { usePendingLogCount } from './api/get-meeting-logs';
export { CurrentMeetingLog } from './components/current-meeting-log';
export { MeetingLogSection } from './components/meeting-log-section';
