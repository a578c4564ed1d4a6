import type { MeetingTranscript } from '@c360/contracts';

/**
 * The transcript as a plain-text file, a line per segment: its start (UTC, to the second), speaker and words.
 * The full transcript the after-call summary links to when the meeting was captured live.
 */
export function transcriptText({ items }: MeetingTranscript): string {
  return items.map((segment) => `[${segment.startTime.slice(0, 19).replace('T', ' ')} UTC] ${segment.speakerName}: ${segment.text}\n`).join('');
}
