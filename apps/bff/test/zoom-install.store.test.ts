import { findZoomInstallationTokens, openAccountId } from '@c360/c360';
import { ZOOM_USERS } from '@c360/zoom-sandbox/src/zoom-users.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/session/index.ts';
import { tokenBoxOf } from '../src/zoom/token-box.ts';
import { ZOOM_REQUIRED_HEADERS } from './support/test-app.ts';
import { locationOf, startInstallFromMarketplace, startInstallFromWebsite, TestBrowser } from './support/zoom-browser.ts';
import { startZoomHarness, type ZoomHarness } from './support/zoom-harness.ts';
import { tokenDigest } from '@c360/zoom-sandbox/src/state/token-digest.ts';

let zoom: ZoomHarness;
beforeAll(async () => {
  zoom = await startZoomHarness();
});
afterAll(async () => {
  await zoom.close();
});

const [alex, vera, paul, sam, mia, ian] = [ZOOM_USERS[0]!, ZOOM_USERS[1]!, ZOOM_USERS[2]!, ZOOM_USERS[4]!, ZOOM_USERS[5]!, ZOOM_USERS[3]!];

const installationOf = (zoomUserId: string) => zoom.store.prisma.zoomInstallation.findUnique({ where: { zoomUserId } });

async function expectClearPage(response: Response, status: number, says: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  for (const header of ZOOM_REQUIRED_HEADERS) expect(response.headers.get(header)).toBeTruthy();
  const html = await response.text();
  expect(html).toMatch(says);
  expect(html).toContain('lang="ja"');
  return html;
}

describe('installing the app from the Zoom Marketplace', () => {
  it('stores the user’s tokens encrypted and sends the browser to the deeplink that opens the app', async () => {
    const browser = new TestBrowser(zoom).signInToZoom(alex.id);
    const callback = await startInstallFromWebsite(browser, zoom);
    const url = new URL(callback);
    expect(url.origin + url.pathname).toBe(`${zoom.bffOrigin}/zoom/callback`);
    expect(url.searchParams.get('state')).toBeTruthy();

    const done = await browser.request(callback);
    expect(done.status).toBe(302);
    expect(locationOf(done, zoom.bffOrigin)).toMatch(new RegExp(`/client\\?user=${alex.id}&open=1$`));

    const row = await installationOf(alex.id);
    expect(row).not.toBeNull();
    for (const sealed of [row!.accessTokenEnc, row!.refreshTokenEnc, row!.accountIdEnc]) expect(sealed).toMatch(/^v1\./);
    expect(row!.accountIdEnc).not.toContain(alex.accountId);
    expect(openAccountId(tokenBoxOf(zoom.config), row!)).toBe(alex.accountId);
    const tokens = await findZoomInstallationTokens(zoom.store.prisma, tokenBoxOf(zoom.config), alex.id);
    expect(zoom.sandbox.accessTokens.get(tokenDigest(tokens!.accessToken))?.userId).toBe(alex.id);
    expect(zoom.sandbox.refreshTokens.get(tokenDigest(tokens!.refreshToken))?.userId).toBe(alex.id);
    expect(row!.accessTokenEnc).not.toContain(tokens!.accessToken);
  });

  it('sends PKCE (S256) with our state, so a code without its verifier is worthless', async () => {
    const browser = new TestBrowser(zoom).signInToZoom(ian.id);
    const start = await browser.request(`${zoom.bffOrigin}/zoom/install`);
    const authorize = new URL(locationOf(start, zoom.bffOrigin));
    expect(authorize.origin + authorize.pathname).toBe(`${zoom.sandboxOrigin}/oauth/authorize`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${zoom.bffOrigin}/zoom/callback`);
    expect(browser.cookie(zoom.bffOrigin, SESSION_COOKIE)).toBeTruthy();
  });

  it('succeeds when started from the Marketplace’s own Add button, which carries no state of ours', async () => {
    const browser = new TestBrowser(zoom).signInToZoom(vera.id);
    const callback = await startInstallFromMarketplace(browser, zoom);
    expect(new URL(callback).searchParams.has('state')).toBe(false);

    const done = await browser.request(callback);
    expect(done.status).toBe(302);
    expect(locationOf(done, zoom.bffOrigin)).toMatch(new RegExp(`/client\\?user=${vera.id}&open=1$`));
    expect(await installationOf(vera.id)).not.toBeNull();
  });

  it('refuses a forged state with a clear page, and installs nothing', async () => {
    const browser = new TestBrowser(zoom).signInToZoom(paul.id);
    const callback = new URL(await startInstallFromWebsite(browser, zoom));
    callback.searchParams.set('state', 'forged-by-someone-else');

    const page = await browser.request(callback.href);
    await expectClearPage(page, 400, /Start the install again from the Zoom Marketplace/);
    expect(await installationOf(paul.id)).toBeNull();
  });

  it('refuses a state from a browser that never started an install', async () => {
    const victim = new TestBrowser(zoom).signInToZoom(paul.id);
    const callback = await startInstallFromWebsite(new TestBrowser(zoom).signInToZoom(paul.id), zoom);
    await expectClearPage(await victim.request(callback), 400, /does not match an install started in this browser/);
    expect(await installationOf(paul.id)).toBeNull();
  });

  it('accepts each install state only once', async () => {
    const browser = new TestBrowser(zoom).signInToZoom(mia.id);
    const callback = await startInstallFromWebsite(browser, zoom);
    expect((await browser.request(callback)).status).toBe(302);
    await expectClearPage(await browser.request(callback), 400, /This install link is not valid/);
  });

  it('says nothing was installed when the user chooses Deny', async () => {
    // Not yet granted in Zoom, so Zoom shows the consent page.
    const browser = new TestBrowser(zoom).signInToZoom(ian.id);
    const callback = await startInstallFromWebsite(browser, zoom, 'deny');
    expect(new URL(callback).searchParams.get('error')).toBe('access_denied');
    await expectClearPage(await browser.request(callback), 400, /You chose Deny/);
    expect(await installationOf(ian.id)).toBeNull();
  });

  it('explains an authorization code Zoom does not accept', async () => {
    const page = await new TestBrowser(zoom).request(`${zoom.bffOrigin}/zoom/callback?code=not-a-real-code`);
    await expectClearPage(page, 401, /authorization code is invalid, expired or was already used/);
  });

  it('explains a visit without any authorization', async () => {
    const page = await new TestBrowser(zoom).request(`${zoom.bffOrigin}/zoom/callback`);
    await expectClearPage(page, 400, /without a valid authorization/);
  });

  it('replaces the tokens on a re-install and on re-consent, keeping one installation per user', async () => {
    const browser = new TestBrowser(zoom).signInToZoom(sam.id);
    await browser.request(await startInstallFromWebsite(browser, zoom));
    const first = await findZoomInstallationTokens(zoom.store.prisma, tokenBoxOf(zoom.config), sam.id);

    // Zoom skips the consent page for a user who already granted the app.
    await browser.request(await startInstallFromMarketplace(browser, zoom));
    const second = await findZoomInstallationTokens(zoom.store.prisma, tokenBoxOf(zoom.config), sam.id);
    expect(second!.refreshToken).not.toBe(first!.refreshToken);

    // Removed in Zoom (the product is told by webhook), then installed again with a fresh consent.
    await browser.request(`${zoom.sandboxOrigin}/marketplace/remove`, { method: 'POST' });
    await expect.poll(() => installationOf(sam.id)).toBeNull();
    const done = await browser.request(await startInstallFromWebsite(browser, zoom));
    expect(done.status).toBe(302);
    expect(await zoom.store.prisma.zoomInstallation.count({ where: { zoomUserId: sam.id } })).toBe(1);
  });
});
