import { isUuid } from '@c360/contracts';
import { now } from '../clock/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { visibleTo } from '../timeline/find-visible-activity.ts';
import type { Actor } from '../permissions/actor.ts';

export interface RecordingFileContent {
  /** ASCII only, safe in a Content-Disposition header. */
  fileName: string;
  contentType: 'text/vtt' | 'text/plain';
  content: string;
}

const notFound = () => new AppError('NOT_FOUND', 'No such recording file.');

/**
 * A stored file as downloaded from Zoom, for whoever can see an activity of its meeting (the same rule
 * as the Timeline). Another domain's file, or one not fetched yet, is NOT_FOUND.
 */
export async function readRecordingFileContent(prisma: PrismaClient, actor: Actor, fileId: string): Promise<RecordingFileContent> {
  if (!isUuid(fileId)) throw notFound();
  const file = await prisma.meetingRecordingFile.findFirst({
    where: { id: fileId, domainId: actor.domainId, status: 'STORED' },
    select: { kind: true, content: true, storedAt: true, meeting: { select: { meetingUuid: true, startedAt: true } } },
  });
  if (!file || file.content === null) throw notFound();
  const activity = await prisma.activity.findFirst({ where: { meetingUuid: file.meeting.meetingUuid, ...visibleTo(actor) }, select: { id: true } });
  if (!activity) throw notFound();
  const day = (file.meeting.startedAt ?? file.storedAt ?? now()).toISOString().slice(0, 10);
  return file.kind === 'TRANSCRIPT'
    ? { fileName: `meeting-${day}-transcript.vtt`, contentType: 'text/vtt', content: file.content }
    : { fileName: `meeting-${day}-chat.txt`, contentType: 'text/plain', content: file.content };
}
