import type { PrismaClient } from '../store/prisma.ts';

/**
 * Takes or renews the lease on an RTMS stream for `holder` (one BFF process) for `ttlSeconds`: true when
 * `holder` now holds it. One upsert on the store's clock, so two processes racing for a stream never both win
 * and a holder that died loses the stream once its lease runs out.
 */
export async function acquireRtmsLease(prisma: PrismaClient, rtmsStreamId: string, holder: string, ttlSeconds: number): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ holder: string }[]>`
    INSERT INTO "RtmsLease" ("rtmsStreamId", holder, "expiresAt")
    VALUES (${rtmsStreamId}, ${holder}, now() + make_interval(secs => ${ttlSeconds}))
    ON CONFLICT ("rtmsStreamId") DO UPDATE SET holder = EXCLUDED.holder, "expiresAt" = EXCLUDED."expiresAt"
    WHERE "RtmsLease".holder = EXCLUDED.holder OR "RtmsLease"."expiresAt" <= now()
    RETURNING holder`;
  return rows.length === 1;
}

/** Gives the stream up, if `holder` still holds it. */
export async function releaseRtmsLease(prisma: PrismaClient, rtmsStreamId: string, holder: string): Promise<void> {
  await prisma.rtmsLease.deleteMany({ where: { rtmsStreamId, holder } });
}

/** A meeting the app knows: some host's sidebar sent its roster. Only those are worth a stream's connection. */
export async function isKnownMeeting(prisma: PrismaClient, meetingUuid: string): Promise<boolean> {
  return (await prisma.meeting.findFirst({ where: { meetingUuid }, select: { id: true } })) !== null;
}
