import type { PrismaClient } from '../store/prisma.ts';

/** A lease held: the server Zoom named last for the stream (null when none was written). */
export interface RtmsLeaseHeld {
  serverUrl: string | null;
}

/**
 * Takes or renews the lease on an RTMS stream for `holder` (one BFF process) for `ttlSeconds`; answers the
 * lease when `holder` now holds it, null when another does. One upsert on the store's clock, so two processes
 * racing for a stream never both win and a holder that died loses the stream once its lease runs out.
 * `serverUrl` (when taking it) is the server the holder connects to; a renewal keeps the one written last.
 */
export async function acquireRtmsLease(
  prisma: PrismaClient,
  rtmsStreamId: string,
  holder: string,
  ttlSeconds: number,
  serverUrl: string | null = null,
): Promise<RtmsLeaseHeld | null> {
  const rows = await prisma.$queryRaw<RtmsLeaseHeld[]>`
    INSERT INTO "RtmsLease" ("rtmsStreamId", holder, "expiresAt", "serverUrl")
    VALUES (${rtmsStreamId}, ${holder}, now() + make_interval(secs => ${ttlSeconds}), ${serverUrl})
    ON CONFLICT ("rtmsStreamId") DO UPDATE SET holder = EXCLUDED.holder, "expiresAt" = EXCLUDED."expiresAt",
      "serverUrl" = COALESCE(EXCLUDED."serverUrl", "RtmsLease"."serverUrl")
    WHERE "RtmsLease".holder = EXCLUDED.holder OR "RtmsLease"."expiresAt" <= now()
    RETURNING "serverUrl"`;
  return rows[0] ?? null;
}

/**
 * Zoom named a new server for a stream (a failover) to a process that does not hold it: written on the live
 * lease for its holder to follow. False when nobody holds the stream.
 */
export async function redirectRtmsLease(prisma: PrismaClient, rtmsStreamId: string, serverUrl: string): Promise<boolean> {
  const changed = await prisma.$executeRaw`
    UPDATE "RtmsLease" SET "serverUrl" = ${serverUrl} WHERE "rtmsStreamId" = ${rtmsStreamId} AND "expiresAt" > now()`;
  return changed > 0;
}

/** Gives the stream up, if `holder` still holds it. */
export async function releaseRtmsLease(prisma: PrismaClient, rtmsStreamId: string, holder: string): Promise<void> {
  await prisma.rtmsLease.deleteMany({ where: { rtmsStreamId, holder } });
}

/** A meeting the app knows: some host's sidebar sent its roster. Only those are worth a stream's connection. */
export async function isKnownMeeting(prisma: PrismaClient, meetingUuid: string): Promise<boolean> {
  return (await prisma.meeting.findFirst({ where: { meetingUuid }, select: { id: true } })) !== null;
}
