import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../../scripts/chromium.mjs';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSION_ACTIONS } from '@c360/contracts';

const root = fileURLToPath(new URL('..', import.meta.url));
// Built apart from dist/, so the test always sees the current source and never disturbs a served build.
const outDir = path.join(root, '.tmp', 'shell-test-dist');
// What the BFF sends: the shell must run under it without a single violation.
const CSP = "default-src 'self'";

const allowed = { allowed: true };
// The BFF's answer for a browser that did not come through Zoom but is signed in to Gainsight.
const signedInSession = {
  zoom: null,
  gainsight: {
    user: {
      id: '5b1f7c1e-8d0a-4c39-9a0e-6f3b2d9c1a11',
      username: 'vera@acme.example',
      displayName: 'Vera Lindqvist',
      email: 'vera@acme.example',
      licence: 'VIEWER',
      isAdmin: false,
    },
    domain: {
      id: '7c2e4b9a-1f3d-4e8b-a6c5-0d9e8f7a6b54',
      host: 'acme.gainsightcloud.com',
      name: 'Acme',
      environment: 'PRODUCTION',
      dataCenter: 'US1',
      new360: true,
    },
    permissions: Object.fromEntries(
      PERMISSION_ACTIONS.map((action) => [
        action,
        action === 'administer' ? { allowed: false, reason: 'Only a tenant administrator can administer the Zoom app.' } : allowed,
      ]),
    ),
  },
};

const loginMethods = {
  salesforce: false,
  links: { privacy: 'https://example.com/privacy', terms: 'https://example.com/terms', support: 'https://example.com/support' },
};

const sessionApi: Plugin = {
  name: 'session-api',
  configurePreviewServer(preview) {
    preview.middlewares.use('/api/session', (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(signedInSession));
    });
    // The ⋯ menu links the privacy policy, terms of use and support the BFF is configured with.
    preview.middlewares.use('/api/login/methods', (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(loginMethods));
    });
    // The ⋯ button counts the user's meeting logs waiting for an answer: none here.
    preview.middlewares.use('/api/meeting-logs', (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ items: [], nextCursor: null, total: 0 }));
    });
  },
};

let server: PreviewServer;
let browser: Browser;
let baseUrl: string;
const contexts: BrowserContext[] = [];
let pageErrors: string[] = [];

beforeAll(async () => {
  // A child process, because vitest's NODE_ENV=test would otherwise give a development React build.
  await promisify(execFile)(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: root, env: { ...process.env, NODE_ENV: 'production' } },
  );
  server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, headers: { 'Content-Security-Policy': CSP } },
    plugins: [sessionApi],
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview reported no URL');
  baseUrl = url;
  browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  expect(pageErrors).toEqual([]);
  pageErrors = [];
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSidebar(locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 720 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(baseUrl);
  await page.getByRole('tab').first().waitFor();
  return page;
}

const tabNames = (page: Page) => page.getByRole('tab').allInnerTexts();
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const selectedTab = (page: Page) => page.locator('[role="tab"][aria-selected="true"]').innerText();
const focusedTab = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

describe('sidebar shell', () => {
  it('an English browser shows the tabs in English, Timeline first with its empty state', async () => {
    const page = await openSidebar('en-US');
    expect(await tabNames(page)).toEqual(['Timeline', 'People', 'Scorecard', 'Attributes', 'CTAs', 'Summary']);
    expect(await htmlLang(page)).toBe('en');
    expect(await selectedTab(page)).toBe('Timeline');
    await page.getByRole('tabpanel').getByText('No company or relationship chosen yet').waitFor();
    // Signed in to Gainsight: the picker searches (it is disabled only for nobody signed in).
    const picker = page.getByRole('combobox', { name: 'Search companies and relationships' });
    expect(await picker.isDisabled()).toBe(false);
  });

  it('a Japanese browser shows the tabs in Japanese', async () => {
    const page = await openSidebar('ja-JP');
    expect(await tabNames(page)).toEqual(['タイムライン', '個人', 'スコアカード', '属性', 'CTA', 'サマリー']);
    expect(await htmlLang(page)).toBe('ja');
  });

  it('nobody signed in to Gainsight: "Sign in to Gainsight" instead of the tabs, and Sign out disabled', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 360, height: 720 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.route('**/api/session', (route) => route.fulfill({ json: { zoom: null, gainsight: null } }));
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Sign in to Gainsight' }).waitFor();
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Search companies and relationships' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'More options' }).click();
    expect(await page.getByRole('menuitem', { name: 'Sign out' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('arrow keys, Home and End move between tabs and show the chosen panel', async () => {
    const page = await openSidebar('en-US');
    await page.getByRole('tab', { name: 'Timeline' }).focus();

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selectedTab(page)).toBe('People');
    expect(await focusedTab(page)).toBe('People');
    await page
      .getByRole('tabpanel')
      .getByText(/Attendees of this meeting/)
      .waitFor();

    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => selectedTab(page)).toBe('Summary');
    expect(await focusedTab(page)).toBe('Summary');

    await page.keyboard.press('Home');
    await expect.poll(() => selectedTab(page)).toBe('Timeline');
    await page.keyboard.press('End');
    await expect.poll(() => selectedTab(page)).toBe('Summary');
  });

  it('choosing 日本語 in the ⋯ menu switches every label, the choice survives a reload, and English comes back', async () => {
    const page = await openSidebar('en-US');
    const menuButton = page.getByRole('button', { name: 'More options' });
    await menuButton.click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    expect(await menu.getByRole('menuitem', { name: 'Sign out' }).getAttribute('aria-disabled')).toBeNull();
    // Only tenant admins manage who may use the app.
    expect(await menu.getByRole('menuitem', { name: 'Zoom app access' }).count()).toBe(0);
    // Outside Zoom there is nothing to pop out of.
    expect(await menu.getByRole('menuitem', { name: 'Pop out' }).getAttribute('aria-disabled')).toBe('true');

    await menu.getByRole('menuitemradio', { name: '日本語' }).click();
    await expect.poll(() => tabNames(page)).toEqual(['タイムライン', '個人', 'スコアカード', '属性', 'CTA', 'サマリー']);
    expect(await htmlLang(page)).toBe('ja');
    expect(await menu.isHidden()).toBe(true);
    await page.getByRole('button', { name: 'その他の操作' }).waitFor();

    await page.reload();
    await page.getByRole('tab').first().waitFor();
    expect(await tabNames(page)).toEqual(['タイムライン', '個人', 'スコアカード', '属性', 'CTA', 'サマリー']);

    // This page loaded only the Japanese catalog: English is fetched on the switch, and arrives before it applies.
    await page.getByRole('button', { name: 'その他の操作' }).click();
    await page.getByRole('menu').getByRole('menuitemradio', { name: 'English' }).click();
    await expect.poll(() => tabNames(page)).toEqual(['Timeline', 'People', 'Scorecard', 'Attributes', 'CTAs', 'Summary']);
    expect(await htmlLang(page)).toBe('en');
    expect(await page.locator('body').innerText()).not.toMatch(/\b(tabs|menu|timeline|account)\.[a-zA-Z]+/);
  });

  it('the ⋯ menu is keyboard operable: arrows move, Escape closes and returns focus', async () => {
    const page = await openSidebar('en-US');
    const menuButton = page.getByRole('button', { name: 'More options' });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent);
    // The account entry comes first, with its Sign out.
    expect(await focusedText()).toBe('Sign out');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toBe('Pop out');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toBe('Refresh');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedText()).toBe('Sign out');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('menu').isHidden()).toBe(true);
    expect(await menuButton.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('outside Zoom, ⋯ → "Invite to Customer 360" is disabled and says why, in English and Japanese', async () => {
    for (const [locale, name, reason] of [
      ['en-US', 'Invite to Customer 360', 'Available when the app runs inside Zoom'],
      ['ja-JP', 'Customer 360 に招待', 'Zoom 内でアプリを開いているときに利用できます'],
    ] as const) {
      const page = await openSidebar(locale);
      await page.locator('.menu > button').click();
      const invite = page.getByRole('menuitem', { name });
      expect(await invite.getAttribute('aria-disabled')).toBe('true');
      expect(await invite.getAttribute('title')).toBe(reason);
    }
  });

  it('inside a Zoom client the ⋯ menu pops the app out through the SDK', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    contexts.push(context);
    const page = await context.newPage();
    // Plays the Zoom client as notes/zoom-platform.md §6 describes: answers the SDK's postMessage calls.
    await page.setContent(`<script>
      window.zoomCalls = [];
      addEventListener('message', (event) => {
        const call = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
        window.zoomCalls.push(call.apiName);
        const result = call.apiName === 'config'
          ? { runningContext: 'inMeeting', clientVersion: '6.3.0', unsupportedApis: [], auth: { status: 'authorized' } }
          : { message: 'Success' };
        event.source.postMessage({ type: 'apiResponse', data: { jsCallId: call.jsCallId, result } }, '*');
      });
    </script><iframe src="${baseUrl}" width="360" height="600"></iframe>`);
    const sidebar = page.frameLocator('iframe');
    await sidebar.getByRole('button', { name: 'More options' }).click();
    const popOut = sidebar.getByRole('menuitem', { name: 'Pop out' });
    await expect.poll(() => popOut.getAttribute('aria-disabled')).toBeNull();
    await popOut.click();
    const zoomCalls = () => page.evaluate(() => (window as unknown as { zoomCalls: string[] }).zoomCalls);
    await expect.poll(zoomCalls).toContain('expandApp');
    expect((await zoomCalls())[0]).toBe('config');
    await sidebar.getByRole('button', { name: 'More options' }).click();
    await sidebar.getByRole('menuitem', { name: 'Back to meeting' }).waitFor();
  });
});
