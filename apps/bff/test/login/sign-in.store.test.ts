import { DEMO_PASSWORD } from '@c360/c360/seed';
import { loginLookupResponseSchema, problemSchema, sessionViewSchema } from '@c360/contracts';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';
import { domainIdOf, get, post, signedIn } from '../support/gainsight.ts';

const file = fileAppOf(it, ['session', 'rateLimitCounter']);

const lookup = (username: string) => post(file.app, '/api/login/lookup', { username });
const login = (body: object, cookie?: string) => post(file.app, '/api/login', { password: DEMO_PASSWORD, ...body }, cookie);

describe('POST /api/login/lookup', () => {
  it('sends alex, who has one domain, straight to the password', async () => {
    const res = await lookup('Alex@Acme.example ').expect(200);
    expect(loginLookupResponseSchema.parse(res.body)).toEqual({
      next: 'password',
      domains: [{ id: await domainIdOf(file.store, 'acme.gainsightcloud.com'), host: 'acme.gainsightcloud.com', environment: 'PRODUCTION', name: 'Acme' }],
    });
  });

  it('lets sam choose between globex production and sandbox', async () => {
    const res = await lookup('sam@globex.example').expect(200);
    expect(res.body.next).toBe('choose-domain');
    expect(res.body.domains.map((d: { environment: string }) => d.environment)).toEqual(['PRODUCTION', 'SANDBOX']);
  });

  it("gives an unknown user name exactly mia's answer", async () => {
    const mia = await lookup('mia@initech.example').expect(200);
    const unknown = await lookup('nobody@nowhere.example').expect(200);
    expect(mia.body).toEqual({ next: 'enter-domain' });
    expect(unknown.body).toEqual(mia.body);
    expect(unknown.headers['content-type']).toBe(mia.headers['content-type']);
  });

  it('names the user name field when it is missing', async () => {
    const res = await post(file.app, '/api/login/lookup', {}).expect(400);
    expect(problemSchema.parse(res.body).errors).toEqual([{ path: 'username', message: expect.any(String) }]);
  });

  it("answers mia's EU domain typed with US1 on the domain step with a 400 naming domainUrl", async () => {
    const res = await post(file.app, '/api/login/lookup', {
      username: 'mia@initech.example',
      domainUrl: 'initech.eu.gainsightcloud.com',
      dataCenter: 'US1',
    }).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemSchema.parse(res.body).errors).toEqual([{ path: 'domainUrl', message: expect.stringContaining('is not a US1 domain') }]);
  });

  it('sends a typed domain that fits its data centre to the password, telling nothing of the user', async () => {
    const typed = { domainUrl: 'https://initech.eu.gainsightcloud.com/', dataCenter: 'EU' };
    const mia = await post(file.app, '/api/login/lookup', { username: 'mia@initech.example', ...typed }).expect(200);
    expect(loginLookupResponseSchema.parse(mia.body)).toEqual({ next: 'password-typed-domain', host: 'initech.eu.gainsightcloud.com', dataCenter: 'EU' });
    const unknown = await post(file.app, '/api/login/lookup', { username: 'nobody@nowhere.example', ...typed }).expect(200);
    expect(unknown.body).toEqual(mia.body);
  });

  it('names the data centre when a typed domain comes without one', async () => {
    const res = await post(file.app, '/api/login/lookup', { username: 'mia@initech.example', domainUrl: 'initech.eu.gainsightcloud.com' }).expect(400);
    expect(problemSchema.parse(res.body).errors).toEqual([{ path: 'dataCenter', message: expect.any(String) }]);
  });
});

describe('POST /api/login', () => {
  it('signs alex in and answers with the session view, permissions included', async () => {
    const res = await login({ username: 'alex@acme.example', domainId: await domainIdOf(file.store, 'acme.gainsightcloud.com') }).expect(200);
    const view = sessionViewSchema.parse(res.body);
    expect(view.gainsight).toMatchObject({
      user: { username: 'alex@acme.example', displayName: 'Alex Morgan', licence: 'FULL', isAdmin: true },
      domain: { host: 'acme.gainsightcloud.com', dataCenter: 'US1', environment: 'PRODUCTION' },
      permissions: { signIn: { allowed: true }, administer: { allowed: true } },
    });
    expect(view.gainsight?.domain).not.toHaveProperty('zoomAccessPolicy');
    expect(await file.store.prisma.auditEvent.count({ where: { type: 'sign-in', userId: view.gainsight!.user.id } })).toBeGreaterThan(0);
  });

  it('signs sam in to the sandbox environment he chose', async () => {
    const res = await login({ username: 'sam@globex.example', domainId: await domainIdOf(file.store, 'globex-sandbox.us2.gainsightcloud.com') }).expect(200);
    expect(res.body.gainsight.domain).toMatchObject({ environment: 'SANDBOX', dataCenter: 'US2' });
  });

  it('signs mia in to the domain she typed with its data centre', async () => {
    const res = await login({ username: 'mia@initech.example', domainUrl: 'initech.eu.gainsightcloud.com', dataCenter: 'EU' }).expect(200);
    expect(res.body.gainsight.domain).toMatchObject({ host: 'initech.eu.gainsightcloud.com', dataCenter: 'EU' });
  });

  it('answers a typed domain that does not match the data centre with a 400 naming domainUrl', async () => {
    const res = await login({ username: 'mia@initech.example', domainUrl: 'initech.eu.gainsightcloud.com', dataCenter: 'US1' }).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problemSchema.parse(res.body).errors).toEqual([{ path: 'domainUrl', message: expect.stringContaining('is not a US1 domain') }]);
  });

  it('names the domain fields when neither a domain id nor a URL is given', async () => {
    const res = await login({ username: 'mia@initech.example' }).expect(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['domainUrl', 'dataCenter']);
  });

  it('gives one generic 401 for a wrong password, an unknown user name and a wrong domain', async () => {
    const acme = await domainIdOf(file.store, 'acme.gainsightcloud.com');
    const answers = [
      await login({ username: 'alex@acme.example', password: 'wrong', domainId: acme }),
      await login({ username: 'nobody@acme.example', domainId: acme }),
      await login({ username: 'alex@acme.example', domainId: await domainIdOf(file.store, 'umbrella.gainsightcloud.com') }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual(answers[0]!.body);
      expect(sessionCookieOf(res)).toBeUndefined();
    }
    expect(answers[0]!.body.detail).toBe('The user name, password or domain is not correct.');
  });

  it('refuses ian, whose licence cannot sign in, saying which licence is needed', async () => {
    const res = await login({ username: 'ian@acme.example', domainId: await domainIdOf(file.store, 'acme.gainsightcloud.com') }).expect(403);
    expect(res.body.detail).toBe('Your Internal Collaborator licence cannot sign in to the Zoom app: it needs a Full, Viewer+ or Viewer licence.');
    expect(await file.store.prisma.session.count()).toBe(0);
  });

  it('lets Viewer and Viewer+ users sign in', async () => {
    const acme = await domainIdOf(file.store, 'acme.gainsightcloud.com');
    expect((await login({ username: 'vera@acme.example', domainId: acme }).expect(200)).body.gainsight.user.licence).toBe('VIEWER');
    expect((await login({ username: 'paul@acme.example', domainId: acme }).expect(200)).body.gainsight.user.licence).toBe('VIEWER_PLUS');
  });

  it('refuses a cross-origin sign-in and changes nothing', async () => {
    const before = await file.store.prisma.auditEvent.count();
    const res = await request(file.app)
      .post('/api/login')
      .set('Origin', 'https://evil.example')
      .send({ username: 'alex@acme.example', password: DEMO_PASSWORD, domainId: await domainIdOf(file.store, 'acme.gainsightcloud.com') })
      .expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(sessionCookieOf(res)).toBeUndefined();
    expect(await file.store.prisma.session.count()).toBe(0);
    expect(await file.store.prisma.auditEvent.count()).toBe(before);
  });
});

describe('GET /api/session after signing in', () => {
  it('shows the Gainsight user, so the sidebar goes straight to Welcome', async () => {
    const signIn = await login({ username: 'paul@acme.example', domainId: await domainIdOf(file.store, 'acme.gainsightcloud.com') }).expect(200);
    const res = await get(file.app, '/api/session', sessionCookieOf(signIn)).expect(200);
    expect(res.body).toEqual(signIn.body);
    expect(res.body.gainsight.permissions.editPeople).toEqual({ allowed: false, reason: expect.stringContaining('needs a Full licence') });
  });
});

describe('GET /api/session after a sign-in (the ⋯ menu and header show it)', () => {
  it("tells sam's sandbox and its US2 data centre, and mia's EU domain", async () => {
    const sam = await signedIn(file.app, file.store, 'sam@globex.example', { host: 'globex-sandbox.us2.gainsightcloud.com' });
    const samView = sessionViewSchema.parse((await get(file.app, '/api/session', sam).expect(200)).body);
    expect(samView.gainsight?.domain).toMatchObject({ host: 'globex-sandbox.us2.gainsightcloud.com', environment: 'SANDBOX', dataCenter: 'US2' });
    const mia = await signedIn(file.app, file.store, 'mia@initech.example', { host: 'initech.eu.gainsightcloud.com' });
    const miaView = sessionViewSchema.parse((await get(file.app, '/api/session', mia).expect(200)).body);
    expect(miaView.gainsight?.domain).toMatchObject({ host: 'initech.eu.gainsightcloud.com', environment: 'PRODUCTION', dataCenter: 'EU' });
  });
});
