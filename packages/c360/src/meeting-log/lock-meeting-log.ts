import { Prisma } from '../store/prisma.ts';

/** A meeting as its after-call log needs it, read under a row lock. */
export interface LockedMeeting {
  id: string;
  domainId: string;
  meetingUuid: string;
  topic: string | null;
  companyId: string | null;
  relationshipId: string | null;
  hostUserId: string | null;
  startedAt: Date | null;
  endedAt: Date | null;
  logState: 'PENDING' | 'LOGGED' | 'DISCARDED' | null;
  logActivityId: string | null;
}

/**
 * Reads and row-locks meetings until the transaction ends, so a save, a discard and the automatic log of
 * the same meeting run one after the other and each sees what the previous one did. `skipLocked` leaves
 * out meetings another transaction holds: two "Save and close all" of the same host then share the work
 * instead of waiting on each other's meeting (a deadlock).
 */
export async function lockMeetings(tx: Prisma.TransactionClient, ids: readonly string[], { skipLocked = false } = {}): Promise<LockedMeeting[]> {
  if (ids.length === 0) return [];
  return tx.$queryRaw<LockedMeeting[]>`
    SELECT "id"::text AS "id", "domainId"::text AS "domainId", "meetingUuid", "topic", "companyId"::text AS "companyId",
      "relationshipId"::text AS "relationshipId", "hostUserId"::text AS "hostUserId", "startedAt", "endedAt",
      "logState"::text AS "logState", "logActivityId"::text AS "logActivityId"
    FROM "Meeting" WHERE "id" = ANY(${ids}::uuid[])
    ORDER BY "id" FOR UPDATE ${skipLocked ? Prisma.sql`SKIP LOCKED` : Prisma.empty}`;
}
