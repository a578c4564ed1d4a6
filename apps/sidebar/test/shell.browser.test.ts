import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signedInSession } from '../src/test/session';
import { sessionApi } from './support/bff-answers';
import { previewSidebar } from './support/sidebar-preview';

const app = previewSidebar('shell-test-dist', sessionApi(signedInSession({ admin: false })));
const openSidebar = (locale: string) => app.open(locale);

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
    const page = await (await app.newContext({ locale: 'en-US', viewport: { width: 360, height: 720 } })).newPage();
    await page.route('**/api/session', (route) => route.fulfill({ json: { zoom: null, gainsight: null } }));
    await page.goto(app.baseUrl);
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
    // Only tenant admins manage who may use the app, its API keys and exports.
    expect(await menu.getByRole('menuitem', { name: 'Zoom app access' }).count()).toBe(0);
    expect(await menu.getByRole('menuitem', { name: 'API access' }).count()).toBe(0);
    expect(await menu.getByRole('menuitem', { name: 'Export' }).count()).toBe(0);
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
    const page = await (await app.newContext({ locale: 'en-US' })).newPage();
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
    </script><iframe src="${app.baseUrl}" width="360" height="600"></iframe>`);
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
