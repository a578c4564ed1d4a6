import { randomUUID } from 'node:crypto';
import type { SessionRecord } from '@c360/c360';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisSessionStore } from '../../src/redis/redis-session-store.ts';
import { freshRecord } from '../../src/session/session.ts';
import { connectTestRedis, type TestRedis } from '../support/test-redis.ts';

const HOUR = 60 * 60 * 1000;
let redis: TestRedis;
beforeAll(async () => {
  redis = await connectTestRedis();
});
afterAll(async () => {
  await redis?.close();
});

function record(overrides: Partial<SessionRecord> = {}, now = new Date()): SessionRecord {
  return { ...freshRecord(now), id: randomUUID(), ...overrides };
}

/** The key expires in `ms` from when the record was made, give or take the test's own run time. */
async function expectLifetime(key: string, ms: number): Promise<void> {
  const left = await redis.redis.pttl(key);
  expect(left).toBeLessThanOrEqual(ms);
  expect(left).toBeGreaterThan(ms - 5_000);
}

const signedIn = (zoomUserId: string, lastSeenAt: Date) => record({ zoomUserId, userId: randomUUID(), domainId: randomUUID(), lastSeenAt });

describe('the Redis session store', () => {
  it('gives back a saved session as it was saved, and replaces it on the next save', async () => {
    const store = redisSessionStore(redis.redis);
    const saved = record({ zoomUserId: 'zoom-alex', meetingUuid: 'm==', data: { zoomInstall: { state: 's', expiresAt: 1 } } });
    await store.save(saved);
    expect(await store.find(saved.id, new Date())).toEqual(saved);
    const linked = { ...saved, userId: randomUUID(), domainId: randomUUID() };
    await store.save(linked);
    expect(await store.find(saved.id, new Date())).toEqual(linked);
    expect(await store.find('no-such-session', new Date())).toBeNull();
  });

  it('lets Redis expire a session at its idle or absolute limit, whichever comes first', async () => {
    const store = redisSessionStore(redis.redis);
    const now = new Date();
    const idleFirst = record({ idleExpiresAt: new Date(now.getTime() + 60_000), absoluteExpiresAt: new Date(now.getTime() + HOUR) });
    const absoluteFirst = record({ idleExpiresAt: new Date(now.getTime() + HOUR), absoluteExpiresAt: new Date(now.getTime() + 30_000) });
    await store.save(idleFirst);
    await store.save(absoluteFirst);
    // Lifetimes follow the product's clock, not Redis's: what is left of each, give or take the test's own run time.
    await expectLifetime(`session:${idleFirst.id}`, 60_000);
    await expectLifetime(`session:${absoluteFirst.id}`, 30_000);
  });

  it('finds no session past its expiry, and stores none that has already expired', async () => {
    const store = redisSessionStore(redis.redis);
    const now = new Date();
    const live = record({ idleExpiresAt: new Date(now.getTime() + 60_000) });
    await store.save(live);
    expect(await store.find(live.id, new Date(now.getTime() + 60_000))).toBeNull();
    const expired = record({ idleExpiresAt: new Date(now.getTime() - 1) });
    await store.save(expired);
    expect(await redis.redis.exists(`session:${expired.id}`)).toBe(0);
  });

  it('ends one session on delete and leaves the others', async () => {
    const store = redisSessionStore(redis.redis);
    const [ended, kept] = [record({ zoomUserId: 'zoom-vera' }), record({ zoomUserId: 'zoom-vera' })];
    await store.save(ended);
    await store.save(kept);
    await store.delete(ended.id);
    expect(await store.find(ended.id, new Date())).toBeNull();
    expect(await store.find(kept.id, new Date())).toEqual(kept);
  });

  it('ends every session of a Zoom user, and only theirs, on deleteByZoomUser', async () => {
    const store = redisSessionStore(redis.redis);
    const paul = [record({ zoomUserId: 'zoom-paul' }), signedIn('zoom-paul', new Date())];
    const ian = record({ zoomUserId: 'zoom-ian' });
    const anonymous = record();
    for (const session of [...paul, ian, anonymous]) await store.save(session);
    await store.deleteByZoomUser('zoom-paul');
    for (const session of paul) expect(await store.find(session.id, new Date())).toBeNull();
    expect(await store.find(ian.id, new Date())).toEqual(ian);
    expect(await store.find(anonymous.id, new Date())).toEqual(anonymous);
  });

  it('keeps a session that moved to another Zoom user when the first one is deauthorized', async () => {
    const store = redisSessionStore(redis.redis);
    const session = record({ zoomUserId: 'zoom-first' });
    await store.save(session);
    const moved = { ...session, zoomUserId: 'zoom-second' };
    await store.save(moved);
    await store.deleteByZoomUser('zoom-first');
    expect(await store.find(session.id, new Date())).toEqual(moved);
    expect(await store.findLatestSignedIn('zoom-first', new Date())).toBeNull();
  });

  it("finds a Zoom user's most recently seen signed-in session that is still valid", async () => {
    const store = redisSessionStore(redis.redis);
    const now = Date.now();
    const older = signedIn('zoom-mia', new Date(now - 2 * HOUR));
    const latest = signedIn('zoom-mia', new Date(now - HOUR));
    const newerButAnonymous = record({ zoomUserId: 'zoom-mia', lastSeenAt: new Date(now) });
    const newerButExpired = { ...signedIn('zoom-mia', new Date(now - 60_000)), idleExpiresAt: new Date(now + 1_000) };
    for (const session of [older, latest, newerButAnonymous, newerButExpired]) await store.save(session);
    expect(await store.findLatestSignedIn('zoom-mia', new Date(now + 2_000))).toEqual(latest);
    expect(await store.findLatestSignedIn('zoom-nobody', new Date())).toBeNull();
    await store.delete(latest.id);
    expect(await store.findLatestSignedIn('zoom-mia', new Date(now + 2_000))).toEqual(older);
  });

  it("lets the Zoom user's index expire with their longest-lived session", async () => {
    const store = redisSessionStore(redis.redis);
    const now = Date.now();
    const shortLived = record({ zoomUserId: 'zoom-sam', absoluteExpiresAt: new Date(now + HOUR) });
    const longLived = record({ zoomUserId: 'zoom-sam', absoluteExpiresAt: new Date(now + 2 * HOUR) });
    await store.save(longLived);
    await store.save(shortLived);
    await expectLifetime('zoom-user-sessions:zoom-sam', 2 * HOUR);
  });
});
