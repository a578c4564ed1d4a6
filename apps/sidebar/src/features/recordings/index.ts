// The recordings feature's public entry: what other features and app/ may import from it.
export { downloadUrlOf } from './api/recordings-api';
export { MeetingRecordings } from './components/meeting-recordings';
export { HighlightedText } from './components/highlighted-text';
export { highlightParts } from './lib/highlight';
