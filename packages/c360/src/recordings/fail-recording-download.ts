import { now } from '../clock/index.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { retryDelayMs, type RetryPolicy } from './retry-backoff.ts';

const MAX_ERROR_LENGTH = 500;

export type DownloadFailureOutcome =
  | { status: 'PENDING'; attempts: number; nextAttemptAt: Date }
  | { status: 'FAILED'; attempts: number }
  /** The file was stored or given up on meanwhile. */
  | { status: 'UNCHANGED' };

/**
 * Counts a failed download attempt: the file is retried after an exponentially growing wait, and after
 * `maxAttempts` it is FAILED and reported (`recording.download-failed`), never dropped silently.
 * `error` is shown to users: it must hold no token or signed URL.
 */
export async function failRecordingDownload(prisma: PrismaClient, fileId: string, error: string, policy: RetryPolicy): Promise<DownloadFailureOutcome> {
  const lastError = error.slice(0, MAX_ERROR_LENGTH);
  return prisma.$transaction(async (tx) => {
    const file = await tx.meetingRecordingFile.findFirst({
      where: { id: fileId, status: 'PENDING' },
      select: { domainId: true, kind: true, attempts: true, meeting: { select: { meetingUuid: true, companyId: true, relationshipId: true } } },
    });
    if (!file) return { status: 'UNCHANGED' as const };
    const attempts = file.attempts + 1;
    if (attempts < policy.maxAttempts) {
      const nextAttemptAt = new Date(now().getTime() + retryDelayMs(policy, attempts));
      await tx.meetingRecordingFile.update({ where: { id: fileId }, data: { attempts, lastError, nextAttemptAt } });
      return { status: 'PENDING' as const, attempts, nextAttemptAt };
    }
    await tx.meetingRecordingFile.update({ where: { id: fileId }, data: { attempts, lastError, nextAttemptAt: null, status: 'FAILED' } });
    await recordAuditEvent(tx, {
      type: 'recording.download-failed',
      domainId: file.domainId,
      userId: null,
      companyId: file.meeting.companyId,
      relationshipId: file.meeting.relationshipId,
      meetingUuid: file.meeting.meetingUuid,
      data: { fileId, kind: file.kind, attempts, error: lastError },
    });
    return { status: 'FAILED' as const, attempts };
  });
}
