import type { ActivityRecordings, RecordingLine } from '@c360/contracts';
import type { PrismaClient } from '../store/prisma.ts';
import type { Actor } from '../permissions/actor.ts';
import { recordingFilesOfActivity } from './recording-files-of-activity.ts';
import { recordingFileSelect, recordingLineSelect, toRecordingFile, toRecordingLine } from './recording-view.ts';

/** The transcript and chat of an activity's meeting, with their lines: one query for files, one for lines. */
export async function listActivityRecordings(prisma: PrismaClient, actor: Actor, activityId: string): Promise<ActivityRecordings> {
  const where = await recordingFilesOfActivity(prisma, actor, activityId);
  if (!where) return { files: [] };
  const files = await prisma.meetingRecordingFile.findMany({
    where,
    select: recordingFileSelect,
    orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
  });
  const lines = await prisma.recordingLine.findMany({
    where: { fileId: { in: files.map((file) => file.id) } },
    select: recordingLineSelect,
    orderBy: [{ fileId: 'asc' }, { seq: 'asc' }],
  });
  const linesOf = new Map(files.map((file) => [file.id, [] as RecordingLine[]]));
  for (const line of lines) linesOf.get(line.fileId)?.push(toRecordingLine(line));
  return { files: files.map((file) => ({ ...toRecordingFile(file), lines: linesOf.get(file.id) ?? [] })) };
}
