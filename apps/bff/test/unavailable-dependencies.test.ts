import type { RateLimiter, SessionStore } from '@c360/c360';
import { Prisma, type Store } from '@c360/c360/store';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { SESSION_COOKIE } from '../src/session/index.ts';
import { contextPayload, encryptContext, TEST_CLIENT_ID, TEST_CLIENT_SECRET } from './support/app-context.ts';
import { PUBLIC_URL, reachableStore, testConfig } from './support/test-app.ts';

const down = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379'));
const unreachableSessions: SessionStore = {
  find: down,
  save: down,
  delete: down,
  deleteByZoomUser: down,
  findLatestSignedIn: down,
};

/** A store whose every query fails as Prisma does when PostgreSQL went away mid-request. */
function storeThatLostPostgres(): Pick<Store, 'ping' | 'prisma'> {
  const lost = () =>
    Promise.reject(
      new Prisma.PrismaClientKnownRequestError("Can't reach database server at 127.0.0.1:5432", { code: 'P1001', clientVersion: Prisma.prismaVersion.client }),
    );
  const model = new Proxy({}, { get: () => lost });
  const prisma = new Proxy({} as Store['prisma'], { get: (_target, property) => (String(property).startsWith('$') ? lost : model) });
  return { ping: lost, prisma };
}

const redisGone: RateLimiter = { hit: () => Promise.reject(new Error("Stream isn't writeable and enableOfflineQueue options is false")) };

const app = (deps: Partial<Parameters<typeof createApp>[0]>) =>
  createApp({ config: testConfig(), store: reachableStore, logger: pino({ level: 'silent' }), ...deps });

/** The first sign-in step (no session needed), expecting the 503 the outage must give. */
const lookUpUser = (target: ReturnType<typeof app>) =>
  request(target).post('/api/login/lookup').set('Origin', PUBLIC_URL).send({ username: 'someone' }).expect(503);

describe('when Redis (or another dependency) is down', () => {
  it('/readyz answers 503 naming it', async () => {
    const res = await request(app({ dependencies: [{ name: 'Redis server', ping: down }] }))
      .get('/readyz')
      .expect(503);
    expect(res.body.detail).toBe('The Redis server is not reachable.');
  });

  it('a request with a session answers 503 problem+json, not 500', async () => {
    const res = await request(app({ sessionStore: unreachableSessions }))
      .get('/api/session')
      .set('Cookie', `${SESSION_COOKIE}=some-token`)
      .expect(503);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.detail).toBe('Sessions are unavailable right now. Try again in a moment.');
    expect(res.headers['retry-after']).toBe('2');
  });

  it('opening the app in Zoom, which saves a new session, answers 503 with Retry-After, not 500', async () => {
    const redisAway = (): Promise<never> => Promise.reject(new Error('Connection is closed.'));
    const sessionStore: SessionStore = { ...unreachableSessions, find: async () => null, save: redisAway, findLatestSignedIn: async () => null };
    const res = await request(
      createApp({
        config: testConfig({ ZOOM_CLIENT_ID: TEST_CLIENT_ID, ZOOM_CLIENT_SECRET: TEST_CLIENT_SECRET }),
        store: reachableStore,
        logger: pino({ level: 'silent' }),
        sessionStore,
      }),
    )
      .get('/zoom/home')
      .set('x-zoom-app-context', encryptContext(contextPayload()))
      .expect(503);
    expect(res.headers['retry-after']).toBe('2');
  });

  it('a sign-in step whose rate limiter cannot reach Redis answers 503 with Retry-After, not 500', async () => {
    const res = await lookUpUser(app({ rateLimiter: redisGone }));
    expect(res.type).toBe('application/problem+json');
    expect(res.headers['retry-after']).toBe('2');
    expect(res.body.type).toBe('urn:c360:problem:unavailable');
  });
});

describe('when PostgreSQL goes away under a request', () => {
  it('the request answers 503 problem+json with Retry-After, not 500, and names no server', async () => {
    const res = await lookUpUser(app({ store: storeThatLostPostgres() }));
    expect(res.type).toBe('application/problem+json');
    expect(res.headers['retry-after']).toBe('2');
    expect(res.body.detail).toBe('The service is unavailable right now. Try again in a moment.');
    expect(JSON.stringify(res.body)).not.toContain('5432');
  });
});
