import { now as clockNow, type SessionRecord, type SessionStore } from '@c360/c360';
import { z } from 'zod';
import { execTransaction } from './exec-transaction.ts';
import type { Redis } from './redis-client.ts';

const recordSchema = z.object({
  id: z.string(),
  zoomUserId: z.string().nullable(),
  userId: z.string().nullable(),
  domainId: z.string().nullable(),
  meetingUuid: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.coerce.date(),
  lastSeenAt: z.coerce.date(),
  idleExpiresAt: z.coerce.date(),
  absoluteExpiresAt: z.coerce.date(),
});

const sessionKey = (id: string) => `session:${id}`;
/** A sorted set of a Zoom user's session ids, scored by when each was last seen. */
const zoomUserKey = (zoomUserId: string) => `zoom-user-sessions:${zoomUserId}`;

const expiresAt = (record: SessionRecord) => Math.min(record.idleExpiresAt.getTime(), record.absoluteExpiresAt.getTime());
const isLive = (record: SessionRecord, now: Date) => expiresAt(record) > now.getTime();

function parse(json: string | null): SessionRecord | null {
  if (json === null) return null;
  const parsed = recordSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/**
 * Sessions in Redis, each key expiring with the session (idle or absolute, whichever comes first).
 * The per-Zoom-user index may hold ids of sessions that expired or moved to another user: every reader
 * checks the record itself and prunes what no longer belongs, so saves never need to read first.
 */
export function redisSessionStore(redis: Redis): SessionStore {
  /** The index's live records of this Zoom user, pruning the rest. */
  async function sessionsOf(zoomUserId: string, now: Date): Promise<SessionRecord[]> {
    const ids = await redis.zrange(zoomUserKey(zoomUserId), 0, -1);
    if (ids.length === 0) return [];
    const records = (await redis.mget(ids.map(sessionKey))).map(parse);
    const stale = ids.filter((_id, index) => {
      const record = records[index];
      return !record || record.zoomUserId !== zoomUserId || !isLive(record, now);
    });
    if (stale.length > 0) await redis.zrem(zoomUserKey(zoomUserId), ...stale);
    return records.filter((record): record is SessionRecord => record !== null && record.zoomUserId === zoomUserId && isLive(record, now));
  }

  return {
    async find(id, now) {
      const record = parse(await redis.get(sessionKey(id)));
      return record && isLive(record, now) ? record : null;
    },

    async save(record) {
      // Lifetimes are relative to the product's clock, not to Redis's (a test may move the former).
      const at = clockNow().getTime();
      const ttl = expiresAt(record) - at;
      if (ttl <= 0) {
        await redis.del(sessionKey(record.id));
        return;
      }
      const transaction = redis.multi().set(sessionKey(record.id), JSON.stringify(record), 'PX', ttl);
      if (record.zoomUserId !== null) {
        const index = zoomUserKey(record.zoomUserId);
        const indexTtl = record.absoluteExpiresAt.getTime() - at;
        // The index lives as long as its longest-lived session: NX sets a first expiry, GT only extends it.
        transaction.zadd(index, record.lastSeenAt.getTime(), record.id).pexpire(index, indexTtl, 'NX').pexpire(index, indexTtl, 'GT');
      }
      await execTransaction(transaction);
    },

    async delete(id) {
      const record = parse(await redis.get(sessionKey(id)));
      const transaction = redis.multi().del(sessionKey(id));
      if (record?.zoomUserId) transaction.zrem(zoomUserKey(record.zoomUserId), id);
      await execTransaction(transaction);
    },

    async deleteByZoomUser(zoomUserId) {
      const ids = (await sessionsOf(zoomUserId, clockNow())).map((record) => record.id);
      if (ids.length === 0) return;
      await execTransaction(
        redis
          .multi()
          .del(...ids.map(sessionKey))
          .zrem(zoomUserKey(zoomUserId), ...ids),
      );
    },

    async findLatestSignedIn(zoomUserId, now) {
      const signedIn = (await sessionsOf(zoomUserId, now)).filter((record) => record.userId !== null && record.domainId !== null);
      signedIn.sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime() || a.id.localeCompare(b.id));
      return signedIn[0] ?? null;
    },
  };
}
