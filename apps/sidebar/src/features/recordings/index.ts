// The recordings feature's public entry: what other features and app/ may import from it.
export { MeetingRecordings } from './components/meeting-recordings';
