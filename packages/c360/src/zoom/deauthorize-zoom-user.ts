import type { Prisma } from '../store/prisma.ts';
import { deleteTranscripts } from '../transcripts/delete-transcripts.ts';

/**
 * The user removed the app (Marketplace requirement): their tokens, sessions and the Zoom events kept
 * about them go. Meetings are the tenant's CRM records, shared with colleagues, so they stay but lose
 * the link to this Zoom user; the live transcripts of the meetings they hosted go. `keepEventId` is the
 * deauthorization itself, kept so a redelivery of it is recognised.
 */
export async function deauthorizeZoomUser(tx: Prisma.TransactionClient, zoomUserId: string, keepEventId: string): Promise<void> {
  await tx.zoomInstallation.deleteMany({ where: { zoomUserId } });
  await tx.session.deleteMany({ where: { zoomUserId } });
  await tx.zoomWebhookEvent.deleteMany({ where: { zoomUserId, id: { not: keepEventId } } });
  await deleteTranscripts(tx, { hostZoomUserId: zoomUserId });
  await tx.meeting.updateMany({ where: { hostZoomUserId: zoomUserId }, data: { hostZoomUserId: null } });
}
