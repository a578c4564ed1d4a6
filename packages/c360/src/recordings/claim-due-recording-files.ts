import { now } from '../clock/index.ts';
import type { PrismaClient } from '../store/prisma.ts';

/** How long a claimed file is left to its worker before another may try it (a crashed worker's files). */
export const CLAIM_LEASE_MS = 5 * 60_000;

export interface ClaimedRecordingFile {
  id: string;
  kind: 'TRANSCRIPT' | 'CHAT';
  downloadUrl: string;
  /** Whose access token opens the file. */
  hostZoomUserId: string;
  attempts: number;
}

/**
 * Claims up to `limit` files due for a download attempt. Several BFF processes may run workers: the
 * rows are locked with SKIP LOCKED and leased (their next attempt pushed past the download's time), so a
 * file is downloaded by one worker at a time and picked up again if that worker dies.
 */
export async function claimDueRecordingFiles(prisma: PrismaClient, limit: number, leaseMs = CLAIM_LEASE_MS): Promise<ClaimedRecordingFile[]> {
  const at = now();
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT "id"::text AS "id" FROM "MeetingRecordingFile"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${at}::timestamptz
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return [];
    const ids = due.map((row) => row.id);
    await tx.meetingRecordingFile.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: new Date(at.getTime() + leaseMs) } });
    const rows = await tx.meetingRecordingFile.findMany({
      where: { id: { in: ids } },
      select: { id: true, kind: true, downloadUrl: true, attempts: true, meeting: { select: { hostZoomUserId: true } } },
    });
    return rows.flatMap(({ meeting, ...file }) => (meeting.hostZoomUserId ? [{ ...file, hostZoomUserId: meeting.hostZoomUserId }] : []));
  });
}
