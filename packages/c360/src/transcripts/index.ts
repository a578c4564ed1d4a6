export { recordTranscriptLine, type RecordedSegment, type TranscriptLine } from './record-transcript-line.ts';
export { pauseTranscriptCapture, startTranscriptCapture, stopTranscriptCapture, RTMS_STOP_REASON_REVOKED } from './transcript-capture.ts';
export { readTranscript } from './read-transcript.ts';
export { transcriptText } from './transcript-text.ts';
export { recordActiveSpeaker, type RecordedSpeaker } from './active-speaker.ts';
