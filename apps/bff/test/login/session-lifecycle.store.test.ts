import { sessionViewSchema } from '@c360/contracts';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { contextPayload, encryptContext } from '../support/app-context.ts';
import { companyIdOf, get, post, signedIn } from '../support/gainsight.ts';
import { afterTheCacheTtl } from '../support/session-cache-clock.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';

const file = fileAppOf(it, ['session', 'rateLimitCounter']);
let acmeCompany: string;
it.beforeAll(async () => {
  acmeCompany = await companyIdOf(file.store, 'acme.gainsightcloud.com');
});

/** Opens the app in Zoom in a browser with the given cookie (none: a fresh embedded browser). */
async function launch(zoomUserId = 'zoom-user-alex', cookie?: string): Promise<string> {
  const req = request(file.app)
    .get('/zoom/home')
    .set('x-zoom-app-context', encryptContext(contextPayload({ uid: zoomUserId })));
  if (cookie) req.set('Cookie', cookie);
  const res = await req.expect(200);
  return sessionCookieOf(res) ?? cookie!;
}

const view = async (cookie: string) => sessionViewSchema.parse((await get(file.app, '/api/session', cookie).expect(200)).body);
const readCompany = (cookie: string) => get(file.app, `/api/companies/${acmeCompany}`, cookie);

describe('the session id on sign-in', () => {
  it('is rotated, keeping the Zoom link, and the pre-sign-in cookie no longer works', async () => {
    const before = await launch();
    const after = await signedIn(file.app, file.store, 'alex@acme.example', { cookie: before });
    expect(after).not.toBe(before);
    expect(await view(after)).toMatchObject({ zoom: { userId: 'zoom-user-alex' }, gainsight: { user: { username: 'alex@acme.example' } } });
    expect(await view(before)).toEqual({ zoom: null, gainsight: null });
    await readCompany(before).expect(401);
  });
});

describe('session expiry', () => {
  it('signs the user out once the session has been idle too long', async () => {
    const cookie = await signedIn(file.app, file.store, 'alex@acme.example');
    await readCompany(cookie).expect(200);
    await file.store.prisma.session.updateMany({ data: { idleExpiresAt: new Date(Date.now() - 1_000) } });
    await afterTheCacheTtl(async () => {
      const res = await readCompany(cookie).expect(401);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((await view(cookie)).gainsight).toBeNull();
    });
  });

  it('signs the user out at the absolute limit even when active', async () => {
    const cookie = await signedIn(file.app, file.store, 'alex@acme.example');
    await file.store.prisma.session.updateMany({ data: { absoluteExpiresAt: new Date(Date.now() - 1_000) } });
    await afterTheCacheTtl(() => readCompany(cookie).expect(401));
  });
});

describe('POST /api/logout', () => {
  it('ends the Gainsight sign-in, keeps the Zoom link, and the old cookie signs nobody in', async () => {
    const cookie = await signedIn(file.app, file.store, 'alex@acme.example', { cookie: await launch() });
    const res = await post(file.app, '/api/logout', {}, cookie).expect(200);
    expect(sessionViewSchema.parse(res.body)).toMatchObject({ zoom: { userId: 'zoom-user-alex' }, gainsight: null });
    await readCompany(cookie).expect(401);
    expect(await view(cookie)).toEqual({ zoom: null, gainsight: null });
    const next = sessionCookieOf(res)!;
    expect(await view(next)).toMatchObject({ zoom: { userId: 'zoom-user-alex' }, gainsight: null });
    expect(await file.store.prisma.auditEvent.count({ where: { type: 'sign-out' } })).toBeGreaterThan(0);
  });

  it('is needed again before the next sign-in, which repeats the steps', async () => {
    const cookie = await signedIn(file.app, file.store, 'vera@acme.example');
    const next = sessionCookieOf(await post(file.app, '/api/logout', {}, cookie).expect(200))!;
    await readCompany(next).expect(401);
    const again = await signedIn(file.app, file.store, 'vera@acme.example', { cookie: next });
    await readCompany(again).expect(200);
  });

  it('ends the sign-in in every session of the same Zoom user', async () => {
    const first = await signedIn(file.app, file.store, 'alex@acme.example', { cookie: await launch() });
    // A second browser signed in on its own, then opened in Zoom as the same Zoom user.
    const second = await launch('zoom-user-alex', await signedIn(file.app, file.store, 'vera@acme.example'));
    expect((await view(second)).gainsight?.user.username).toBe('vera@acme.example');
    await post(file.app, '/api/logout', {}, second).expect(200);
    expect(await view(first)).toMatchObject({ zoom: { userId: 'zoom-user-alex' }, gainsight: null });
  });

  it('creates no session for a browser that has none', async () => {
    const res = await post(file.app, '/api/logout', {}).expect(200);
    expect(res.body).toEqual({ zoom: null, gainsight: null });
    expect(sessionCookieOf(res)).toBeUndefined();
    expect(await file.store.prisma.session.count()).toBe(0);
  });
});

describe('the next Zoom launch', () => {
  it('resumes the Zoom user’s sign-in in a fresh browser and ends the old session', async () => {
    const first = await signedIn(file.app, file.store, 'alex@acme.example', { cookie: await launch() });
    const fresh = await launch();
    expect(await view(fresh)).toMatchObject({ zoom: { userId: 'zoom-user-alex' }, gainsight: { user: { username: 'alex@acme.example' } } });
    await readCompany(fresh).expect(200);
    await readCompany(first).expect(401);
  });

  it('does not resume after a sign-out', async () => {
    const cookie = await signedIn(file.app, file.store, 'alex@acme.example', { cookie: await launch() });
    await post(file.app, '/api/logout', {}, cookie).expect(200);
    expect((await view(await launch())).gainsight).toBeNull();
  });

  it('does not resume an expired sign-in, nor another Zoom user’s', async () => {
    await signedIn(file.app, file.store, 'alex@acme.example', { cookie: await launch() });
    expect((await view(await launch('zoom-user-someone-else'))).gainsight).toBeNull();
    await file.store.prisma.session.updateMany({ where: { userId: { not: null } }, data: { idleExpiresAt: new Date(Date.now() - 1_000) } });
    expect((await view(await launch())).gainsight).toBeNull();
  });
});
