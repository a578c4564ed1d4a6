import { recordingSearchQuerySchema, type RecordingSearchResult } from '@c360/contracts';
import { parseInput } from '../errors/parse-input.ts';
import { escapeLike } from '../search/escape-like.ts';
import type { PrismaClient } from '../store/prisma.ts';
import type { Actor } from '../permissions/actor.ts';
import { recordingFilesOfActivity } from './recording-files-of-activity.ts';
import { recordingLineSelect, toRecordingLine } from './recording-view.ts';

export const MAX_RECORDING_MATCHES = 200;

/**
 * The lines of an activity's transcript and chat that contain `q` (case-insensitive; `%` and `_` are
 * literal). ILIKE '%…%' is served by the trigram index on the line text.
 */
export async function searchActivityRecordings(prisma: PrismaClient, actor: Actor, activityId: string, query: unknown): Promise<RecordingSearchResult> {
  const { q } = parseInput(recordingSearchQuerySchema, query);
  const file = await recordingFilesOfActivity(prisma, actor, activityId);
  if (!file) return { matches: [] };
  const lines = await prisma.recordingLine.findMany({
    where: { file, text: { contains: escapeLike(q), mode: 'insensitive' } },
    select: { ...recordingLineSelect, file: { select: { kind: true } } },
    orderBy: [{ fileId: 'asc' }, { seq: 'asc' }],
    take: MAX_RECORDING_MATCHES,
  });
  return { matches: lines.map((line) => ({ ...toRecordingLine(line), fileId: line.fileId, kind: line.file.kind })) };
}
