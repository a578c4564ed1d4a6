import { SIGNED_IN_COOKIE } from '@c360/zoom-sandbox/src/accounts/signed-in-user.ts';
import type { ZoomHarness } from './zoom-harness.ts';

/** A user's normal browser: cookies per origin, redirects followed by hand so each hop can be checked. */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  constructor(private readonly harness: ZoomHarness) {}

  /** Signs the browser in to "Zoom web" in the sandbox as this Zoom user. */
  signInToZoom(zoomUserId: string): this {
    this.jar(this.harness.sandboxOrigin).set(SIGNED_IN_COOKIE, zoomUserId);
    return this;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar(origin).get(name);
  }

  /** `json` posts like the sidebar's fetch does: same-origin, so with that `Origin`. */
  async request(url: string, init: { method?: string; form?: Record<string, string>; json?: object } = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.jar(target.origin);
    const headers: Record<string, string> = {};
    if (jar.size > 0) headers.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    if (init.json) Object.assign(headers, { 'content-type': 'application/json', origin: target.origin });
    const response = await fetch(target, {
      method: init.method ?? (init.form || init.json ? 'POST' : 'GET'),
      headers,
      body: init.form ? new URLSearchParams(init.form) : init.json ? JSON.stringify(init.json) : undefined,
      redirect: 'manual',
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = value === '' || attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  private jar(origin: string): Map<string, string> {
    const normalized = origin.replace('//localhost:', '//127.0.0.1:');
    let jar = this.jars.get(normalized);
    if (!jar) this.jars.set(normalized, (jar = new Map()));
    return jar;
  }
}

export const locationOf = (response: Response, base: string) => {
  const location = response.headers.get('location');
  if (!location) throw new Error(`Expected a redirect, got HTTP ${response.status}`);
  return new URL(location, base).href.replace('//localhost:', '//127.0.0.1:');
};

/**
 * Answers Zoom's authorize page: the consent form if one is shown (Authorize or Deny), or straight
 * through when the user already granted the app. Returns the redirect to our callback, not yet followed.
 */
export async function authorizeAtZoom(browser: TestBrowser, authorizeUrl: string, decision: 'allow' | 'deny' = 'allow'): Promise<string> {
  const page = await browser.request(authorizeUrl);
  if (page.status === 302) return locationOf(page, authorizeUrl);
  const html = await page.text();
  const consentId = /name="consent_id" value="([^"]+)"/.exec(html)?.[1];
  if (!consentId) throw new Error(`No consent form on Zoom's authorize page (HTTP ${page.status})`);
  const answer = await browser.request(new URL('/oauth/authorize', authorizeUrl).href, { form: { consent_id: consentId, decision } });
  return locationOf(answer, authorizeUrl);
}

/** "Install from the app's website": /zoom/install → Zoom → the callback URL (not yet visited). */
export async function startInstallFromWebsite(browser: TestBrowser, harness: ZoomHarness, decision: 'allow' | 'deny' = 'allow') {
  const start = await browser.request(`${harness.bffOrigin}/zoom/install`);
  return authorizeAtZoom(browser, locationOf(start, harness.bffOrigin), decision);
}

/** The Marketplace's own "Add" button: Zoom's authorize page without any state of ours. */
export async function startInstallFromMarketplace(browser: TestBrowser, harness: ZoomHarness) {
  const add = await browser.request(`${harness.sandboxOrigin}/marketplace/add`);
  return authorizeAtZoom(browser, locationOf(add, harness.sandboxOrigin));
}

/** A Zoom user who installed the app through the whole browser flow. */
export async function installApp(harness: ZoomHarness, zoomUserId: string): Promise<void> {
  const browser = new TestBrowser(harness).signInToZoom(zoomUserId);
  const done = await browser.request(await startInstallFromWebsite(browser, harness));
  if (done.status !== 302) throw new Error(`Install of ${zoomUserId} failed with HTTP ${done.status}`);
}
