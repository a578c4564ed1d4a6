import { now } from '../clock/index.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { parseRecordingFile } from './parse-recording-file.ts';

const fileWithMeeting = {
  id: true,
  domainId: true,
  kind: true,
  attempts: true,
  meeting: { select: { meetingUuid: true, companyId: true, relationshipId: true } },
} as const;

/**
 * Stores a downloaded file and its speaker-attributed lines in one transaction, and records
 * `recording.attached`. A file that is no longer pending (stored by another worker) is left as it is.
 */
export async function storeRecordingFile(prisma: PrismaClient, fileId: string, content: string): Promise<{ stored: boolean; lineCount: number }> {
  return prisma.$transaction(async (tx) => {
    const file = await tx.meetingRecordingFile.findUnique({ where: { id: fileId }, select: fileWithMeeting });
    if (!file) return { stored: false, lineCount: 0 };
    const { count } = await tx.meetingRecordingFile.updateMany({
      where: { id: fileId, status: 'PENDING' },
      data: { status: 'STORED', content, storedAt: now(), attempts: file.attempts + 1, nextAttemptAt: null, lastError: null },
    });
    if (count === 0) return { stored: false, lineCount: 0 };
    const lines = parseRecordingFile(file.kind, content);
    await tx.recordingLine.createMany({
      data: lines.map((line, seq) => ({ domainId: file.domainId, fileId, seq, ...line })),
    });
    await recordAuditEvent(tx, {
      type: 'recording.attached',
      domainId: file.domainId,
      userId: null,
      companyId: file.meeting.companyId,
      relationshipId: file.meeting.relationshipId,
      meetingUuid: file.meeting.meetingUuid,
      data: { fileId, kind: file.kind, lineCount: lines.length },
    });
    return { stored: true, lineCount: lines.length };
  });
}
