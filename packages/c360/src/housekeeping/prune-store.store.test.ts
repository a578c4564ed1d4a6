import { describe, expect } from 'vitest';
import { storeTest as it, useFixedClock } from '../../test/support/index.ts';
import { saveRoster } from '../meetings/meeting-store.ts';
import { recordTranscriptLine } from '../transcripts/record-transcript-line.ts';
import { pruneStore, RETENTION_DAYS } from './prune-store.ts';

// The guard tables (idempotency keys, discarded drafts, webhook deliveries, rate limit windows) are pruned.
const clock = useFixedClock('2026-03-02T09:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.parse('2026-03-02T09:00:00.000Z') - days * DAY_MS);

describe('pruning the store', () => {
  it('removes what is past its retention and keeps what is not', async ({ store, actors }) => {
    const { prisma } = store;
    const [alex] = await actors('alex@acme.example');
    const who = { userId: alex.id, domainId: alex.domainId };
    const old = RETENTION_DAYS.idempotencyRecord + 1;
    const record = (idempotencyKey: string, createdAt: Date) => ({
      ...who,
      idempotencyKey,
      operation: 'cta.create',
      fingerprint: 'f',
      response: {},
      createdAt,
    });
    await prisma.idempotencyRecord.createMany({ data: [record('old-write', daysAgo(old)), record('recent-write', daysAgo(1))] });
    await prisma.discardedDraftKey.createMany({
      data: [
        { authorId: alex.id, domainId: alex.domainId, idempotencyKey: 'old-draft', discardedAt: daysAgo(RETENTION_DAYS.discardedDraftKey + 1) },
        { authorId: alex.id, domainId: alex.domainId, idempotencyKey: 'recent-draft', discardedAt: daysAgo(1) },
      ],
    });
    const delivery = (deliveryKey: string, receivedAt: Date, processedAt: Date | null) => ({
      deliveryKey,
      event: 'meeting.ended',
      payload: {},
      receivedAt,
      processedAt,
    });
    const longAgo = daysAgo(RETENTION_DAYS.zoomWebhookEvent + 1);
    await prisma.zoomWebhookEvent.createMany({
      data: [delivery('handled-long-ago', longAgo, longAgo), delivery('never-handled', longAgo, null), delivery('handled-today', daysAgo(0), daysAgo(0))],
    });
    await prisma.$executeRaw`INSERT INTO "RateLimitCounter" (key, count, "expiresAt") VALUES ('ran-out', 3, now() - interval '1 minute'), ('running', 1, now() + interval '1 hour')`;

    expect(await pruneStore(prisma)).toEqual({
      idempotencyRecords: 1,
      discardedDraftKeys: 1,
      zoomWebhookEvents: 1,
      rateLimitCounters: 1,
      transcriptSegments: 0,
    });
    expect((await prisma.idempotencyRecord.findMany({ where: who })).map((row) => row.idempotencyKey)).toEqual(['recent-write']);
    expect((await prisma.discardedDraftKey.findMany({ where: { authorId: alex.id } })).map((row) => row.idempotencyKey)).toEqual(['recent-draft']);
    const deliveries = await prisma.zoomWebhookEvent.findMany({ where: { deliveryKey: { in: ['handled-long-ago', 'never-handled', 'handled-today'] } } });
    expect(deliveries.map((row) => row.deliveryKey).sort()).toEqual(['handled-today', 'never-handled']);
    expect((await prisma.rateLimitCounter.findMany({ where: { key: { in: ['ran-out', 'running'] } } })).map((row) => row.key)).toEqual(['running']);

    expect(await pruneStore(prisma)).toEqual({
      idempotencyRecords: 0,
      discardedDraftKeys: 0,
      zoomWebhookEvents: 0,
      rateLimitCounters: 0,
      transcriptSegments: 0,
    });
  });

  it("removes live transcript segments past their domain's retention", async ({ store, actors }) => {
    const { prisma } = store;
    const [alex, sam] = await actors('alex@acme.example', 'sam@globex.example');
    await prisma.domain.update({ where: { id: alex.domainId }, data: { transcriptRetentionDays: 30 } });
    await prisma.domain.update({ where: { id: sam.domainId }, data: { transcriptRetentionDays: 60 } });
    const meetingUuid = 'prune-transcript==';
    const participants = [{ participantUuid: 'p-1', displayName: 'Emma Clark', email: null, role: 'host' as const }];
    await saveRoster(prisma, { domainId: alex.domainId, meetingUuid }, { participants });
    await saveRoster(prisma, { domainId: sam.domainId, meetingUuid }, { participants });
    // Each line is recorded for both domains' meetings, at the moment the clock says.
    const say = async (at: Date, text: string) => {
      clock.set(at);
      const startTime = at.getTime();
      await recordTranscriptLine(prisma, {
        meetingUuid,
        rtmsStreamId: 's',
        zoomUserId: 1,
        userName: 'Emma Clark',
        startTime,
        endTime: startTime,
        language: 9,
        text,
      });
    };
    await say(daysAgo(31), 'a month ago');
    await say(daysAgo(1), 'yesterday');
    clock.set('2026-03-02T09:00:00.000Z');

    expect(await pruneStore(prisma)).toMatchObject({ transcriptSegments: 1 });
    const kept = await prisma.transcriptSegment.findMany({ where: { meeting: { meetingUuid } }, select: { domainId: true, text: true } });
    expect(kept.filter((row) => row.domainId === alex.domainId).map((row) => row.text)).toEqual(['yesterday']);
    expect(
      kept
        .filter((row) => row.domainId === sam.domainId)
        .map((row) => row.text)
        .sort(),
    ).toEqual(['a month ago', 'yesterday']);
  });
});
