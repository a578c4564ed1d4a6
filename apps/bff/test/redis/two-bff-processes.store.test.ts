import { DEMO_PASSWORD } from '@c360/c360/seed';
import type { Store } from '@c360/c360/store';
import { createTestStore } from '@c360/c360/testing';
import { sessionViewSchema } from '@c360/contracts';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StartedServer } from '../../src/server.ts';
import { domainIdOf } from '../support/gainsight.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';
import { PUBLIC_URL, testConfig } from '../support/test-app.ts';
import { dropKeys, TEST_REDIS_URL, testKeyPrefix } from '../support/test-redis.ts';

const keyPrefix = testKeyPrefix();
let store: Store;
let first: StartedServer;
let second: StartedServer;

beforeAll(async () => {
  store = await createTestStore({ seeded: true });
  const config = testConfig({ PORT: '0', REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: keyPrefix });
  // Both processes share one database; each server would otherwise close it on its own.
  const shared = { ...store, close: async () => {} };
  const logger = pino({ level: 'silent' });
  first = await startServer(config, { store: shared, logger });
  second = await startServer(config, { store: shared, logger });
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  await store?.close();
  await dropKeys(keyPrefix);
});

// `url` ends in a slash; supertest would send `//api/…`.
const origin = (server: StartedServer) => new URL(server.url).origin;
const post = (server: StartedServer, path: string, body: object, cookie?: string) => {
  const req = request(origin(server)).post(path).set('Origin', PUBLIC_URL);
  if (cookie) req.set('Cookie', cookie);
  return req.send(body);
};
const sessionOn = async (server: StartedServer, cookie: string) =>
  sessionViewSchema.parse((await request(origin(server)).get('/api/session').set('Cookie', cookie).expect(200)).body);

describe('two BFF processes on one Redis', () => {
  it('accept each other’s sessions, and a sign-out on one ends the session on both', async () => {
    const domainId = await domainIdOf(store, 'acme.gainsightcloud.com');
    const signIn = await post(first, '/api/login', { username: 'alex@acme.example', password: DEMO_PASSWORD, domainId }).expect(200);
    const cookie = sessionCookieOf(signIn)!;
    expect((await sessionOn(second, cookie)).gainsight?.user.username).toBe('alex@acme.example');
    expect(await store.prisma.session.count()).toBe(0);

    await post(second, '/api/logout', {}, cookie).expect(200);
    expect((await sessionOn(first, cookie)).gainsight).toBeNull();
  });

  it('share the sign-in rate limit: failures on one lock the user name out on the other', async () => {
    const domainId = await domainIdOf(store, 'acme.gainsightcloud.com');
    const attempt = (server: StartedServer) => post(server, '/api/login', { username: 'vera@acme.example', password: 'wrong', domainId });
    for (let failure = 0; failure < 5; failure += 1) await attempt(first).expect(401);
    const locked = await attempt(second).expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });
});
