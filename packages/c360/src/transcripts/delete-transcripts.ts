import type { Prisma } from '../store/prisma.ts';

/**
 * Deletes the live transcripts of the meetings `where` names (one statement), for a revoked stream and for a
 * user who removed the app: what was said is theirs to withdraw, while the meeting record stays the tenant's.
 */
export async function deleteTranscripts(tx: Prisma.TransactionClient, where: Prisma.MeetingWhereInput): Promise<number> {
  const { count } = await tx.transcriptSegment.deleteMany({ where: { meeting: where } });
  return count;
}
