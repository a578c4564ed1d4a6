import { sessionViewSchema } from '@c360/contracts';
import { findZoomUser, ZOOM_USERS } from '@c360/zoom-sandbox/src/zoom-users.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authorizeAtZoom, locationOf, TestBrowser } from '../support/zoom-browser.ts';
import { startZoomHarness, type ZoomHarness } from '../support/zoom-harness.ts';

let harness: ZoomHarness;
// Per address; every test starts with none counted. A sign-in is two hits (start, callback), three with a choice.
const SALESFORCE_LIMIT = { limit: 6, windowSeconds: 900 };
beforeAll(async () => {
  // The sandbox's OAuth server plays Salesforce: the same authorize/token endpoints, its users/me as userinfo.
  harness = await startZoomHarness({
    seeded: true,
    env: ({ origin, config }) => ({
      SALESFORCE_CLIENT_ID: config.ZOOM_CLIENT_ID,
      SALESFORCE_CLIENT_SECRET: config.ZOOM_CLIENT_SECRET,
      SALESFORCE_AUTHORIZE_URL: `${origin}/oauth/authorize`,
      SALESFORCE_TOKEN_URL: `${origin}/oauth/token`,
      SALESFORCE_USERINFO_URL: `${origin}/v2/users/me`,
      SALESFORCE_CLIENT_AUTH: 'basic',
    }),
    appDeps: () => ({ loginRateLimits: { salesforce: SALESFORCE_LIMIT } }),
  });
});
afterAll(async () => {
  await harness?.close();
});
beforeEach(async () => {
  await harness.store.prisma.session.deleteMany();
  await harness.store.prisma.rateLimitCounter.deleteMany({ where: { key: { startsWith: 'salesforce:' } } });
});

const zoomUserWithEmail = (email: string) => ZOOM_USERS.find((user) => user.email === email)!.id;

/** /auth/salesforce → the IdP's consent → the callback; returns the callback's page. */
async function signInWithSalesforce(browser: TestBrowser, decision: 'allow' | 'deny' = 'allow'): Promise<Response> {
  const start = await browser.request(`${harness.bffOrigin}/auth/salesforce`);
  expect(start.status).toBe(302);
  const callback = await authorizeAtZoom(browser, locationOf(start, harness.bffOrigin), decision);
  expect(callback.startsWith(`${harness.bffOrigin}/auth/salesforce/callback?`)).toBe(true);
  return browser.request(callback);
}

async function sessionOf(browser: TestBrowser) {
  const res = await browser.request(`${harness.bffOrigin}/api/session`);
  return sessionViewSchema.parse(await res.json());
}

const outcomeOf = async (page: Response) => /data-outcome="([^"]+)"/.exec(await page.text())?.[1];

/** A sign-in that ended without one: the page's status and outcome, and the browser still not in Gainsight. */
async function expectNoSignIn(browser: TestBrowser, page: Response, status: number, outcome: string) {
  expect(page.status).toBe(status);
  expect(await outcomeOf(page)).toBe(outcome);
  expect((await sessionOf(browser)).gainsight).toBeNull();
}

describe('Sign in with Salesforce', () => {
  it('signs alex in as the one Gainsight user with his Salesforce e-mail', async () => {
    const browser = new TestBrowser(harness).signInToZoom(zoomUserWithEmail('alex@acme.example'));
    const page = await signInWithSalesforce(browser);
    expect(page.status).toBe(200);
    expect(await outcomeOf(page)).toBe('signed-in');
    const session = await sessionOf(browser);
    expect(session.gainsight?.user.email).toBe('alex@acme.example');
    expect(session.gainsight?.domain.host).toBe('acme.gainsightcloud.com');
  });

  it('asks sam, who has a Gainsight user in globex production and sandbox, which domain to use', async () => {
    const browser = new TestBrowser(harness).signInToZoom(zoomUserWithEmail('sam@globex.example'));
    const page = await signInWithSalesforce(browser);
    expect(await outcomeOf(page)).toBe('choose-domain');
    const waiting = await sessionOf(browser);
    expect(waiting.gainsight).toBeNull();
    expect(waiting.salesforceChoice?.email).toBe('sam@globex.example');
    const sandbox = waiting.salesforceChoice!.domains.find((domain) => domain.environment === 'SANDBOX')!;
    expect(waiting.salesforceChoice!.domains.map((domain) => domain.environment)).toEqual(['PRODUCTION', 'SANDBOX']);

    const chosen = await browser.request(`${harness.bffOrigin}/api/login/salesforce`, { json: { domainId: sandbox.id } });
    expect(chosen.status).toBe(200);
    const signedIn = sessionViewSchema.parse(await chosen.json());
    expect(signedIn.gainsight?.domain.id).toBe(sandbox.id);
    expect(signedIn.gainsight?.user.email).toBe('sam@globex.example');
    expect(signedIn.salesforceChoice).toBeUndefined();
  });

  it('refuses a domain that was not offered, and a choice when no Salesforce sign-in is waiting', async () => {
    const browser = new TestBrowser(harness).signInToZoom(zoomUserWithEmail('sam@globex.example'));
    await signInWithSalesforce(browser);
    const acme = await harness.store.prisma.domain.findUniqueOrThrow({ where: { host: 'acme.gainsightcloud.com' } });
    const notOffered = await browser.request(`${harness.bffOrigin}/api/login/salesforce`, { json: { domainId: acme.id } });
    expect(notOffered.status).toBe(409);
    expect(notOffered.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const stranger = new TestBrowser(harness);
    const nothingWaiting = await stranger.request(`${harness.bffOrigin}/api/login/salesforce`, { json: { domainId: acme.id } });
    expect(nothingWaiting.status).toBe(409);
  });

  it('tells a Salesforce user with no Gainsight user so, and signs no one in', async () => {
    const mia = findZoomUser(zoomUserWithEmail('mia@initech.example'))!;
    await harness.store.prisma.user.updateMany({ where: { email: mia.email }, data: { email: 'mia.schneider@initech.example' } });
    try {
      const browser = new TestBrowser(harness).signInToZoom(mia.id);
      const page = await signInWithSalesforce(browser);
      expect(page.status).toBe(403);
      const html = await page.text();
      expect(html).toContain('data-outcome="no-user"');
      expect(html).toContain('No Gainsight user has the e-mail address mia@initech.example');
      expect((await sessionOf(browser)).gainsight).toBeNull();
    } finally {
      await harness.store.prisma.user.updateMany({ where: { email: 'mia.schneider@initech.example' }, data: { email: mia.email } });
    }
  });

  it('refuses a user whose licence may not sign in, with the reason', async () => {
    const browser = new TestBrowser(harness).signInToZoom(zoomUserWithEmail('ian@acme.example'));
    const page = await signInWithSalesforce(browser);
    await expectNoSignIn(browser, page, 403, 'refused');
  });

  it('signs no one in when the user denies the sign-in at the identity provider', async () => {
    const browser = new TestBrowser(harness).signInToZoom(zoomUserWithEmail('vera@acme.example'));
    const start = await browser.request(`${harness.bffOrigin}/auth/salesforce`);
    // A user who never granted the app sees the consent form and can deny it.
    harness.sandbox.installations.delete(zoomUserWithEmail('vera@acme.example'));
    const page = await browser.request(await authorizeAtZoom(browser, locationOf(start, harness.bffOrigin), 'deny'));
    await expectNoSignIn(browser, page, 400, 'denied');
  });

  it('rejects a callback this browser did not start (login CSRF), even with a valid code', async () => {
    const attacker = new TestBrowser(harness).signInToZoom(zoomUserWithEmail('paul@acme.example'));
    const start = await attacker.request(`${harness.bffOrigin}/auth/salesforce`);
    const callback = await authorizeAtZoom(attacker, locationOf(start, harness.bffOrigin));
    const victim = new TestBrowser(harness);
    const page = await victim.request(callback);
    expect(page.status).toBe(400);
    expect(await outcomeOf(page)).toBe('state');
    const withoutState = new URL(callback);
    withoutState.searchParams.delete('state');
    expect(await outcomeOf(await victim.request(withoutState.href))).toBe('state');
    expect((await sessionOf(victim)).gainsight).toBeNull();
  });

  it('turns a network away after too many sign-ins, with a page that says when to try again, and the choice of domain too', async () => {
    const browser = new TestBrowser(harness).signInToZoom(zoomUserWithEmail('sam@globex.example'));
    await signInWithSalesforce(browser);
    await signInWithSalesforce(browser);
    const counted = 4;
    for (let hit = counted; hit < SALESFORCE_LIMIT.limit; hit += 1) expect((await browser.request(`${harness.bffOrigin}/auth/salesforce`)).status).toBe(302);

    const refused = await browser.request(`${harness.bffOrigin}/auth/salesforce`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await refused.text();
    expect(html).toContain('data-outcome="too-many"');
    expect(html).toContain('Too many sign-ins from this network');
    expect(html).toContain('このネットワークからのサインインが多すぎます');
    const domains = (await sessionOf(browser)).salesforceChoice!.domains;
    const choice = await browser.request(`${harness.bffOrigin}/api/login/salesforce`, { json: { domainId: domains[0]!.id } });
    expect(choice.status).toBe(429);
    expect(choice.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await sessionOf(browser)).gainsight).toBeNull();
  });
});
