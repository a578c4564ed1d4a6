import { now } from '../clock/index.ts';
import type { PrismaClient } from '../store/prisma.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long what only guards against a repeat is kept. A sidebar re-sends a queued write for as long as it is
 * offline, so its key's record is kept far longer than any outage; a delivery of Zoom's is re-sent for hours.
 */
export const RETENTION_DAYS = { idempotencyRecord: 30, discardedDraftKey: 30, zoomWebhookEvent: 30 } as const;

/** What one prune removed, by table. */
export interface PruneCounts {
  idempotencyRecords: number;
  discardedDraftKeys: number;
  zoomWebhookEvents: number;
  rateLimitCounters: number;
  transcriptSegments: number;
}

/**
 * Removes what the store no longer needs, so no table grows for ever: idempotency records and discarded-draft
 * keys past their retention, Zoom webhook deliveries handled long ago (their payloads name people), rate
 * limit windows that have run out, and live transcript segments older than their domain's retention. Each is
 * one indexed DELETE; a process may run it at any time, as often as it likes.
 */
export async function pruneStore(prisma: PrismaClient): Promise<PruneCounts> {
  const before = (days: number) => new Date(now().getTime() - days * DAY_MS);
  const idempotencyRecords = await prisma.idempotencyRecord.deleteMany({ where: { createdAt: { lt: before(RETENTION_DAYS.idempotencyRecord) } } });
  const discardedDraftKeys = await prisma.discardedDraftKey.deleteMany({ where: { discardedAt: { lt: before(RETENTION_DAYS.discardedDraftKey) } } });
  const zoomWebhookEvents = await prisma.zoomWebhookEvent.deleteMany({
    where: { receivedAt: { lt: before(RETENTION_DAYS.zoomWebhookEvent) }, processedAt: { not: null } },
  });
  // The limiter writes its windows in the store's own time (store-rate-limiter.ts), so they end in it too.
  const rateLimitCounters = await prisma.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "expiresAt" < now()`;
  const transcriptSegments = await prisma.$executeRaw`
    DELETE FROM "TranscriptSegment" t USING "Domain" d
    WHERE d."id" = t."domainId" AND t."createdAt" < ${now()}::timestamptz - make_interval(days => d."transcriptRetentionDays")`;
  return {
    idempotencyRecords: idempotencyRecords.count,
    discardedDraftKeys: discardedDraftKeys.count,
    zoomWebhookEvents: zoomWebhookEvents.count,
    rateLimitCounters,
    transcriptSegments,
  };
}
