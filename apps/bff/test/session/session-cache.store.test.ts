import { prismaSessionStore, type SessionStore } from '@c360/c360';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { hashToken } from '../../src/session/session.ts';
import { contextPayload, encryptContext } from '../support/app-context.ts';
import { appTest as it } from '../support/app-test.ts';
import { companyIdOf, gainsightTestApp, get, post, signedIn, type TestApp } from '../support/gainsight.ts';
import { afterTheCacheTtl } from '../support/session-cache-clock.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';

type Store = Parameters<typeof gainsightTestApp>[0];

/** The BFF on the store's sessions, counting how often a request had to read a session from the store. */
function countingApp(store: Store): { app: TestApp; reads: () => number } {
  const sessions = prismaSessionStore(store.prisma);
  let reads = 0;
  const sessionStore: SessionStore = {
    ...sessions,
    find: (id, now) => {
      reads += 1;
      return sessions.find(id, now);
    },
  };
  return { app: gainsightTestApp(store, { sessionStore }), reads: () => reads };
}

describe('the session cache', () => {
  it('reads a signed-in session from the store once, not on every request', async ({ store }) => {
    const { app, reads } = countingApp(store);
    const cookie = await signedIn(app, store, 'alex@acme.example');
    const company = await companyIdOf(store, 'acme.gainsightcloud.com');
    for (let i = 0; i < 3; i++) await get(app, `/api/companies/${company}/timeline`, cookie).expect(200);
    // Sign-in saved the session, and the cache kept what it saved.
    expect(reads()).toBe(0);
  });

  it('refuses a signed-out session at once, even though it was cached', async ({ store }) => {
    const { app } = countingApp(store);
    const cookie = await signedIn(app, store, 'alex@acme.example');
    const company = await companyIdOf(store, 'acme.gainsightcloud.com');
    await get(app, `/api/companies/${company}/timeline`, cookie).expect(200);
    await post(app, '/api/logout', {}, cookie).expect(200);
    await get(app, `/api/companies/${company}/timeline`, cookie).expect(401);
  });

  it('ends the sign-in of the same Zoom user’s other cached sessions at once', async ({ store }) => {
    const { app } = countingApp(store);
    const launch = async (cookie?: string) => {
      const req = request(app)
        .get('/zoom/home')
        .set('x-zoom-app-context', encryptContext(contextPayload({ uid: 'zoom-user-cache' })));
      if (cookie) req.set('Cookie', cookie);
      return sessionCookieOf(await req.expect(200)) ?? cookie!;
    };
    const company = await companyIdOf(store, 'acme.gainsightcloud.com');
    const first = await signedIn(app, store, 'alex@acme.example', { cookie: await launch() });
    await get(app, `/api/companies/${company}/timeline`, first).expect(200);
    const second = await launch(await signedIn(app, store, 'vera@acme.example'));
    await post(app, '/api/logout', {}, second).expect(200);
    await get(app, `/api/companies/${company}/timeline`, first).expect(401);
  });

  it('sees a change made elsewhere (another process, the database) within its TTL', async ({ store }) => {
    const { app, reads } = countingApp(store);
    const cookie = await signedIn(app, store, 'alex@acme.example');
    const company = await companyIdOf(store, 'acme.gainsightcloud.com');
    await get(app, `/api/companies/${company}/timeline`, cookie).expect(200);
    await store.prisma.session.deleteMany({ where: { id: hashToken(cookie.split('=')[1]!) } });
    await afterTheCacheTtl(() => get(app, `/api/companies/${company}/timeline`, cookie).expect(401));
    expect(reads()).toBe(1);
  });
});
