import type { Store } from '@c360/c360/store';
import { createTestStore } from '@c360/c360/testing';
import { problemSchema } from '@c360/contracts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_RATE_LIMITS } from '../../src/auth/index.ts';
import { domainIdOf, gainsightTestApp, post } from '../support/gainsight.ts';

let store: Store;
let acme: string;
beforeAll(async () => {
  store = await createTestStore({ seeded: true });
  acme = await domainIdOf(store, 'acme.gainsightcloud.com');
});
afterAll(async () => {
  await store.close();
});
beforeEach(async () => {
  await store.prisma.rateLimitCounter.deleteMany();
});

const tiny = { limit: 2, windowSeconds: 60 };
const roomy = { limit: 1_000, windowSeconds: 60 };
// Ends every window now: each attempt runs argon2id, so a real one-second window could close mid-test
// on a busy machine.
const waitForWindow = () => store.prisma.rateLimitCounter.updateMany({ data: { expiresAt: new Date(Date.now() - 1_000) } });

function expectRateLimited(res: { status: number; headers: Record<string, string>; body: unknown }) {
  expect(res.status).toBe(429);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(problemSchema.parse(res.body).detail).toMatch(/Too many attempts/);
}

describe('sign-in brute-force limits', () => {
  it('trips per user name after the limit with Retry-After, and recovers when the window ends', async () => {
    const app = gainsightTestApp(store, { loginRateLimits: { ...DEFAULT_LOGIN_RATE_LIMITS, signInPerIp: roomy, signInPerUsername: tiny } });
    const attempt = (username: string, password = 'wrong') => post(app, '/api/login', { username, password, domainId: acme });
    await attempt('alex@acme.example').expect(401);
    await attempt('alex@acme.example').expect(401);
    expectRateLimited(await attempt('alex@acme.example'));
    // Even the right password waits: the lock-out holds before the password is checked.
    expectRateLimited(await attempt('alex@acme.example', 'zoom-demo-2026'));
    await attempt('vera@acme.example').expect(401);
    await waitForWindow();
    await attempt('alex@acme.example', 'zoom-demo-2026').expect(200);
  });

  it('trips per IP across user names, and recovers', async () => {
    const app = gainsightTestApp(store, { loginRateLimits: { ...DEFAULT_LOGIN_RATE_LIMITS, signInPerIp: tiny } });
    const attempt = (username: string) => post(app, '/api/login', { username, password: 'wrong', domainId: acme });
    await attempt('a@acme.example').expect(401);
    await attempt('b@acme.example').expect(401);
    expectRateLimited(await attempt('c@acme.example'));
    await waitForWindow();
    await attempt('d@acme.example').expect(401);
  });
});

describe('lookup brute-force limits', () => {
  it('trips per IP and per user name, and recovers', async () => {
    const perIp = gainsightTestApp(store, { loginRateLimits: { ...DEFAULT_LOGIN_RATE_LIMITS, lookupPerIp: tiny } });
    const lookup = (app: typeof perIp, username: string) => post(app, '/api/login/lookup', { username });
    await lookup(perIp, 'one@example.com').expect(200);
    await lookup(perIp, 'two@example.com').expect(200);
    expectRateLimited(await lookup(perIp, 'three@example.com'));
    await waitForWindow();
    await lookup(perIp, 'four@example.com').expect(200);

    const perName = gainsightTestApp(store, { loginRateLimits: { ...DEFAULT_LOGIN_RATE_LIMITS, lookupPerUsername: tiny } });
    await lookup(perName, 'mia@initech.example').expect(200);
    await lookup(perName, 'MIA@initech.example').expect(200);
    expectRateLimited(await lookup(perName, 'mia@initech.example'));
    await lookup(perName, 'sam@globex.example').expect(200);
  });

  it('keeps its counters in the store, so they hold across app instances', async () => {
    const limits = { ...DEFAULT_LOGIN_RATE_LIMITS, lookupPerUsername: { limit: 1, windowSeconds: 60 } };
    await post(gainsightTestApp(store, { loginRateLimits: limits }), '/api/login/lookup', { username: 'sam@globex.example' }).expect(200);
    const other = await post(gainsightTestApp(store, { loginRateLimits: limits }), '/api/login/lookup', { username: 'sam@globex.example' });
    expect(other.status).toBe(429);
    expect(Number(other.headers['retry-after'])).toBeGreaterThan(1);
  });
});
