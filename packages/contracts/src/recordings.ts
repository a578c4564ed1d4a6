import { z } from 'zod';

export const RECORDING_FILE_KINDS = ['TRANSCRIPT', 'CHAT'] as const;
export const recordingFileKindSchema = z.enum(RECORDING_FILE_KINDS);
export type RecordingFileKind = z.infer<typeof recordingFileKindSchema>;

export const RECORDING_FILE_STATUSES = ['PENDING', 'STORED', 'FAILED'] as const;
export const recordingFileStatusSchema = z.enum(RECORDING_FILE_STATUSES);
export type RecordingFileStatus = z.infer<typeof recordingFileStatusSchema>;

/** One speaker-attributed line of a transcript (with its offsets) or of a chat. */
export const recordingLineSchema = z.object({
  seq: z.number().int().nonnegative(),
  /** Milliseconds from the start of the recording. */
  startMs: z.number().int().nonnegative().optional(),
  endMs: z.number().int().nonnegative().optional(),
  speaker: z.string().optional(),
  text: z.string(),
});
export type RecordingLine = z.infer<typeof recordingLineSchema>;

/** A transcript or chat file of a meeting's cloud recording, as the Timeline entry shows it. */
export const recordingFileSchema = z.object({
  id: z.uuid(),
  kind: recordingFileKindSchema,
  status: recordingFileStatusSchema,
  attempts: z.number().int().nonnegative(),
  /** Why the last download failed (a FAILED file has been reported). */
  lastError: z.string().optional(),
  storedAt: z.iso.datetime({ offset: true }).optional(),
  lineCount: z.number().int().nonnegative(),
});
export type RecordingFile = z.infer<typeof recordingFileSchema>;

/** `GET /api/activities/:id/recordings`. */
export const activityRecordingsSchema = z.object({
  files: z.array(recordingFileSchema.extend({ lines: z.array(recordingLineSchema) })),
});
export type ActivityRecordings = z.infer<typeof activityRecordingsSchema>;

export const MAX_RECORDING_SEARCH_LENGTH = 200;

/** `GET /api/activities/:id/recordings/search?q=`. */
export const recordingSearchQuerySchema = z.object({
  q: z
    .string({ error: 'Enter something to search for.' })
    .trim()
    .min(1, { error: 'Enter something to search for.' })
    .max(MAX_RECORDING_SEARCH_LENGTH, { error: `Search for at most ${MAX_RECORDING_SEARCH_LENGTH} characters.` }),
});
export type RecordingSearchQuery = z.infer<typeof recordingSearchQuerySchema>;

/** The matching lines, each with the file it belongs to. */
export const recordingSearchResultSchema = z.object({
  matches: z.array(recordingLineSchema.extend({ fileId: z.uuid(), kind: recordingFileKindSchema })),
});
export type RecordingSearchResult = z.infer<typeof recordingSearchResultSchema>;
