import type { RateLimiter } from '@c360/c360';
import { DEMO_PASSWORD } from '@c360/c360/seed';
import type { Store } from '@c360/c360/store';
import { storeTest as it } from '@c360/c360/testing';
import { problemSchema } from '@c360/contracts';
import request from 'supertest';
import { afterAll, beforeEach, describe, expect } from 'vitest';
import { DEFAULT_LOGIN_RATE_LIMITS, type LoginRateLimits } from '../../src/auth/index.ts';
import { redisRateLimiter } from '../../src/redis/redis-rate-limiter.ts';
import { contextPayload, encryptContext } from '../support/app-context.ts';
import { domainIdOf, gainsightTestApp, post, type TestApp } from '../support/gainsight.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';
import { connectTestRedis, dropKeys, type TestRedis } from '../support/test-redis.ts';

let store: Store;
let redis: TestRedis;
let acme: string;
it.beforeAll(async ({ store: fileStore }) => {
  store = fileStore;
  redis = await connectTestRedis();
  acme = await domainIdOf(store, 'acme.gainsightcloud.com');
});
afterAll(async () => {
  await redis?.close();
});
beforeEach(async () => {
  await store.prisma.rateLimitCounter.deleteMany();
  await dropKeys(redis.keyPrefix);
});

const tiny = { limit: 2, windowSeconds: 60 };
const roomy = { limit: 1_000, windowSeconds: 60 };
// Ends every window now: each attempt runs argon2id, so a real one-second window could close mid-test
// on a busy machine.
const waitForWindow = () => store.prisma.rateLimitCounter.updateMany({ data: { expiresAt: new Date(Date.now() - 1_000) } });

const signInLimits = (signIn: Partial<LoginRateLimits['signIn']>) => ({ signIn: { ...DEFAULT_LOGIN_RATE_LIMITS.signIn, ...signIn } });
const lookupLimits = (lookup: Partial<LoginRateLimits['lookup']>) => ({ lookup: { ...DEFAULT_LOGIN_RATE_LIMITS.lookup, ...lookup } });

function expectRateLimited(res: { status: number; headers: Record<string, string>; body: unknown }, maxWait = 60) {
  expect(res.status).toBe(429);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(maxWait);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(problemSchema.parse(res.body).detail).toMatch(/Too many attempts/);
}

/** A sign-in attempt from a client at `ip` (behind the trusted loopback proxy), with its own session when given. */
function attemptFrom(app: TestApp, ip: string, username: string, password = 'wrong', cookie?: string) {
  return post(app, '/api/login', { username, password, domainId: acme }, cookie).set('X-Forwarded-For', ip);
}

describe('sign-in brute-force limits', () => {
  it('trips per user name and client after the limit with Retry-After, and recovers when the window ends', async () => {
    const app = gainsightTestApp(store, { loginRateLimits: signInLimits({ perIp: roomy, perUsernameAndClient: tiny }) });
    const attempt = (username: string, password = 'wrong') => post(app, '/api/login', { username, password, domainId: acme });
    await attempt('alex@acme.example').expect(401);
    await attempt('alex@acme.example').expect(401);
    expectRateLimited(await attempt('alex@acme.example'));
    // Even the right password waits: the lock-out holds before the password is checked.
    expectRateLimited(await attempt('alex@acme.example', DEMO_PASSWORD));
    await attempt('vera@acme.example').expect(401);
    await waitForWindow();
    await attempt('alex@acme.example', DEMO_PASSWORD).expect(200);
  });

  it('trips per IP across user names, and recovers', async () => {
    const app = gainsightTestApp(store, { loginRateLimits: signInLimits({ perIp: tiny }) });
    const attempt = (username: string) => post(app, '/api/login', { username, password: 'wrong', domainId: acme });
    await attempt('a@acme.example').expect(401);
    await attempt('b@acme.example').expect(401);
    expectRateLimited(await attempt('c@acme.example'));
    await waitForWindow();
    await attempt('d@acme.example').expect(401);
  });

  it('holds a slower ceiling per user name across every client', async () => {
    const app = gainsightTestApp(store, { loginRateLimits: signInLimits({ perUsername: { limit: 3, windowSeconds: 3_600 } }) });
    for (const ip of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) await attemptFrom(app, ip, 'paul@acme.example').expect(401);
    expectRateLimited(await attemptFrom(app, '198.51.100.9', 'paul@acme.example', DEMO_PASSWORD), 3_600);
  });
});

describe.each<[string, () => RateLimiter | undefined]>([
  ['in the store', () => undefined],
  ['in Redis', () => redisRateLimiter(redis.redis)],
])('sign-in lock-out with counters %s', (_where, limiter) => {
  const defaultApp = () => {
    const rateLimiter = limiter();
    return gainsightTestApp(store, rateLimiter ? { rateLimiter } : {});
  };

  it('does not lock the real user out when an attacker elsewhere guesses their password', async () => {
    const app = defaultApp();
    for (let guess = 0; guess < DEFAULT_LOGIN_RATE_LIMITS.signIn.perUsernameAndClient.limit; guess += 1) {
      await attemptFrom(app, '203.0.113.66', 'alex@acme.example').expect(401);
    }
    expectRateLimited(await attemptFrom(app, '203.0.113.66', 'alex@acme.example', DEMO_PASSWORD), 15 * 60);
    await attemptFrom(app, '198.51.100.20', 'alex@acme.example', DEMO_PASSWORD).expect(200);
  });

  it('does not lock out the real user who comes from Zoom, even behind the attacker’s address', async () => {
    const app = defaultApp();
    const sharedAddress = '192.0.2.44';
    for (let guess = 0; guess < DEFAULT_LOGIN_RATE_LIMITS.signIn.perUsernameAndClient.limit; guess += 1) {
      await attemptFrom(app, sharedAddress, 'vera@acme.example').expect(401);
    }
    expectRateLimited(await attemptFrom(app, sharedAddress, 'vera@acme.example', DEMO_PASSWORD), 15 * 60);
    // The real user opens the app in Zoom: a verified app context names their Zoom user.
    const launch = await request(app)
      .get('/zoom/home')
      .set('X-Forwarded-For', sharedAddress)
      .set('x-zoom-app-context', encryptContext(contextPayload({ uid: 'zoom-user-vera' })))
      .expect(200);
    await attemptFrom(app, sharedAddress, 'vera@acme.example', DEMO_PASSWORD, sessionCookieOf(launch)).expect(200);
  });

  it('counts an IPv6 client by its /64, so one host cannot take a fresh budget per address', async () => {
    const app = defaultApp();
    const limit = DEFAULT_LOGIN_RATE_LIMITS.signIn.perUsernameAndClient.limit;
    for (let guess = 1; guess <= limit; guess += 1) await attemptFrom(app, `2001:db8:5:7::${guess}`, 'paul@acme.example').expect(401);
    expectRateLimited(await attemptFrom(app, '2001:db8:5:7:ffff::1', 'paul@acme.example'), 15 * 60);
    await attemptFrom(app, '2001:db8:5:8::1', 'paul@acme.example', DEMO_PASSWORD).expect(200);
  });
});

describe('lookup brute-force limits', () => {
  it('trips per IP and per user name and client, and recovers', async () => {
    const perIp = gainsightTestApp(store, { loginRateLimits: lookupLimits({ perIp: tiny }) });
    const lookup = (app: typeof perIp, username: string, ip?: string) => {
      const req = post(app, '/api/login/lookup', { username });
      return ip ? req.set('X-Forwarded-For', ip) : req;
    };
    await lookup(perIp, 'one@example.com').expect(200);
    await lookup(perIp, 'two@example.com').expect(200);
    expectRateLimited(await lookup(perIp, 'three@example.com'));
    await waitForWindow();
    await lookup(perIp, 'four@example.com').expect(200);

    const perName = gainsightTestApp(store, { loginRateLimits: lookupLimits({ perUsernameAndClient: tiny }) });
    await lookup(perName, 'mia@initech.example').expect(200);
    await lookup(perName, 'MIA@initech.example').expect(200);
    expectRateLimited(await lookup(perName, 'mia@initech.example'));
    await lookup(perName, 'sam@globex.example').expect(200);
    // Another client still looks the name up.
    await lookup(perName, 'mia@initech.example', '198.51.100.30').expect(200);
  });

  it('keeps its counters in the store, so they hold across app instances', async () => {
    const limits = lookupLimits({ perUsernameAndClient: { limit: 1, windowSeconds: 60 } });
    await post(gainsightTestApp(store, { loginRateLimits: limits }), '/api/login/lookup', { username: 'sam@globex.example' }).expect(200);
    const other = await post(gainsightTestApp(store, { loginRateLimits: limits }), '/api/login/lookup', { username: 'sam@globex.example' });
    expect(other.status).toBe(429);
    expect(Number(other.headers['retry-after'])).toBeGreaterThan(1);
  });
});
