import type { RecordingFile, RecordingLine } from '@c360/contracts';
import type { Prisma } from '../store/prisma.ts';

/** What the Timeline shows of a file: never its content (which the download serves) nor its URL. */
export const recordingFileSelect = {
  id: true,
  kind: true,
  status: true,
  attempts: true,
  lastError: true,
  storedAt: true,
  _count: { select: { lines: true } },
} satisfies Prisma.MeetingRecordingFileSelect;

export const recordingLineSelect = { fileId: true, seq: true, startMs: true, endMs: true, speaker: true, text: true } satisfies Prisma.RecordingLineSelect;

type FileRow = Prisma.MeetingRecordingFileGetPayload<{ select: typeof recordingFileSelect }>;
type LineRow = Prisma.RecordingLineGetPayload<{ select: typeof recordingLineSelect }>;

export function toRecordingFile(row: FileRow): RecordingFile {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    ...(row.lastError === null ? {} : { lastError: row.lastError }),
    ...(row.storedAt === null ? {} : { storedAt: row.storedAt.toISOString() }),
    lineCount: row._count.lines,
  };
}

export function toRecordingLine(row: Omit<LineRow, 'fileId'>): RecordingLine {
  return {
    seq: row.seq,
    ...(row.startMs === null ? {} : { startMs: row.startMs }),
    ...(row.endMs === null ? {} : { endMs: row.endMs }),
    ...(row.speaker === null ? {} : { speaker: row.speaker }),
    text: row.text,
  };
}
