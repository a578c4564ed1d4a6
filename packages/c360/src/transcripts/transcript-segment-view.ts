import type { TranscriptSegment } from '@c360/contracts';
import { speakerSideSchema } from '@c360/contracts';

/** A stored segment's columns, as the read and the record both have them. */
export interface TranscriptSegmentRow {
  id: string;
  speakerName: string;
  personId: string | null;
  userId: string | null;
  side: string;
  text: string;
  startTime: Date;
  endTime: Date;
  language: string;
}

/** The segment as the contract carries it (absent ids left out). */
export const transcriptSegmentView = (row: TranscriptSegmentRow): TranscriptSegment => ({
  id: row.id,
  speakerName: row.speakerName,
  ...(row.personId === null ? {} : { personId: row.personId }),
  ...(row.userId === null ? {} : { userId: row.userId }),
  // Only recordTranscriptLine writes the column, from a SpeakerSide; a foreign value reads as unknown.
  side: speakerSideSchema.catch('unknown').parse(row.side),
  text: row.text,
  startTime: row.startTime.toISOString(),
  endTime: row.endTime.toISOString(),
  language: row.language,
});
