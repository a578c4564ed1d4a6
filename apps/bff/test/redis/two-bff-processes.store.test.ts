import { DEMO_PASSWORD } from '@c360/c360/seed';
import type { Store } from '@c360/c360/store';
import { storeTest as it } from '@c360/c360/testing';
import { meetingViewSchema, sessionViewSchema } from '@c360/contracts';
import { pino } from 'pino';
import { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, describe, expect } from 'vitest';
import { startServer, type StartedServer } from '../../src/server.ts';
import { contextPayload, encryptContext, TEST_CLIENT_ID, TEST_CLIENT_SECRET } from '../support/app-context.ts';
import { domainIdOf } from '../support/gainsight.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';
import { PUBLIC_URL, testConfig } from '../support/test-app.ts';
import { dropKeys, TEST_REDIS_URL, testKeyPrefix } from '../support/test-redis.ts';

const keyPrefix = testKeyPrefix();
let store: Store;
let first: StartedServer;
let second: StartedServer;

it.beforeAll(async ({ store: fileStore }) => {
  store = fileStore;
  const config = testConfig({
    PORT: '0',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: keyPrefix,
    ZOOM_CLIENT_ID: TEST_CLIENT_ID,
    ZOOM_CLIENT_SECRET: TEST_CLIENT_SECRET,
  });
  // Both processes share one database; each server would otherwise close it on its own.
  const shared = { ...store, close: async () => {} };
  const logger = pino({ level: 'silent' });
  first = await startServer(config, { store: shared, logger });
  second = await startServer(config, { store: shared, logger });
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
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

  it('share meeting changes: a roster sent to one reaches a sidebar streaming from the other', async () => {
    const meetingUuid = 'two-processes-meeting==';
    const home = await request(origin(first))
      .get('/zoom/home')
      .set('x-zoom-app-context', encryptContext(contextPayload({ mid: meetingUuid })))
      .expect(200);
    const domainId = await domainIdOf(store, 'acme.gainsightcloud.com');
    const signIn = await post(first, '/api/login', { username: 'alex@acme.example', password: DEMO_PASSWORD, domainId }, sessionCookieOf(home)).expect(200);
    const cookie = sessionCookieOf(signIn)!;

    const abort = new AbortController();
    const stream = await fetch(`${origin(second)}/api/meetings/${encodeURIComponent(meetingUuid)}/events`, {
      headers: { Cookie: cookie },
      signal: abort.signal,
    });
    const events = eventsOf(stream);
    expect((await events.next()).value?.participants).toEqual([]);
    // The second process subscribes to the meeting's channel asynchronously after its first event.
    await expect.poll(async () => await subscribersOf(`${keyPrefix}meeting:${domainId}:${meetingUuid}`)).toBe(1);

    await request(origin(first))
      .put(`/api/meetings/${encodeURIComponent(meetingUuid)}/roster`)
      .set('Origin', PUBLIC_URL)
      .set('Cookie', cookie)
      .send({ participants: [{ participantUuid: 'p-1', displayName: 'Emma Clark', email: 'emma.clark@northwind.example', role: 'attendee' }] })
      .expect(200);
    expect((await events.next()).value?.participants.map((participant) => participant.displayName)).toEqual(['Emma Clark']);
    abort.abort();
  });
});

/** The `meeting` events of a server-sent event stream, parsed with the contract. */
async function* eventsOf(response: Response) {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body!) {
    buffer += decoder.decode(chunk, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
      buffer = buffer.slice(end + 2);
      if (data !== undefined) yield meetingViewSchema.parse(JSON.parse(data));
      end = buffer.indexOf('\n\n');
    }
  }
}

async function subscribersOf(channel: string): Promise<number> {
  const plain = new Redis(TEST_REDIS_URL);
  try {
    return ((await plain.pubsub('NUMSUB', channel)) as [string, number])[1];
  } finally {
    await plain.quit();
  }
}
