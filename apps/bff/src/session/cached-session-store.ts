import { now as clockNow, type SessionRecord, type SessionStore } from '@c360/c360';

/**
 * How long this process trusts a session it read, saved or found before asking the store again. Every
 * change made through this process (sign-in, sign-out, rotation, a Zoom user's sessions ended) updates
 * the cache at once; a change made another way (an edit straight in the database) reaches this process at
 * most this long after it was made. Several BFFs share sessions only through Redis, and there the server
 * turns the cache off, so a sign-out in one process ends the session in every other at once.
 */
export const SESSION_CACHE_TTL_MS = 5_000;

/** Bounds the memory: past it the oldest entries go first (a cache miss costs one store read). */
const MAX_ENTRIES = 10_000;

interface Entry {
  record: SessionRecord;
  /** On the product's clock, like the sessions' own expiry. */
  freshUntil: number;
}

const isLive = (record: SessionRecord, now: Date) => record.idleExpiresAt > now && record.absoluteExpiresAt > now;

/**
 * The session store behind an in-process cache keyed by the token digest (the record's id), so the
 * request path reads a session without a store round trip. Every write goes through to the store first
 * and then to the cache; only `find` is answered from it, and only with a record still live at `now`.
 */
export function cachedSessionStore(store: SessionStore, ttlMs: number = SESSION_CACHE_TTL_MS): SessionStore {
  const entries = new Map<string, Entry>();
  // Counts this process's writes as they start and end: a read that overlapped a write may have fetched
  // what the write replaced, so it answers its request but is not remembered (a slow read must not undo a
  // sign-out here).
  let writes = 0;
  const write = async (op: Promise<void>) => {
    writes += 1;
    try {
      await op;
    } finally {
      writes += 1;
    }
  };

  const remember = (record: SessionRecord) => {
    entries.delete(record.id);
    if (ttlMs <= 0) return;
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(record.id, { record, freshUntil: clockNow().getTime() + ttlMs });
  };

  return {
    async find(id, now) {
      const entry = entries.get(id);
      if (entry && entry.freshUntil > clockNow().getTime()) return isLive(entry.record, now) ? entry.record : null;
      entries.delete(id);
      const writesBefore = writes;
      const record = await store.find(id, now);
      if (record && writes === writesBefore) remember(record);
      return record;
    },

    async save(record) {
      // Forgotten before the write: a failed write must not leave the unsaved record trusted here.
      entries.delete(record.id);
      await write(store.save(record));
      remember(record);
    },

    async delete(id) {
      entries.delete(id);
      await write(store.delete(id));
    },

    async deleteByZoomUser(zoomUserId) {
      for (const [id, entry] of entries) if (entry.record.zoomUserId === zoomUserId) entries.delete(id);
      await write(store.deleteByZoomUser(zoomUserId));
    },

    // Sign-out and the next launch ask the store itself: they look across sessions, not up one id.
    findLatestSignedIn: (zoomUserId, now) => store.findLatestSignedIn(zoomUserId, now),
  };
}
