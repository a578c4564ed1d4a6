// The functions given to evaluate() run in the sidebar's page: they need the DOM's types.
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { expect } from 'vitest';

export type SidebarLanguage = 'en' | 'ja';

type Messages = { [key: string]: string | Messages };

const messagesOf = (language: SidebarLanguage): Messages =>
  JSON.parse(readFileSync(new URL(`../../../sidebar/src/locales/${language}.json`, import.meta.url), 'utf8')) as Messages;

const MESSAGES: Record<SidebarLanguage, Messages> = { en: messagesOf('en'), ja: messagesOf('ja') };

/** The sidebar's own text for a key (e.g. `reports.menu`) in that language, so the helpers follow its locales. */
export function sidebarText(language: SidebarLanguage, key: string): string {
  let value: string | Messages | undefined = MESSAGES[language];
  for (const part of key.split('.')) value = typeof value === 'object' ? value[part] : undefined;
  if (typeof value !== 'string') throw new Error(`The sidebar's ${language} locale has no text at ${key}.`);
  return value;
}

// The ⋯-menu items that open a screen in place of the tabs (apps/sidebar/src/app/screens.ts), in its order.
const MENU_SCREEN_KEYS = [
  'meetingLog.logs.menu',
  'menu.zoomAccess',
  'menu.apiKeys',
  'menu.import',
  'menu.export',
  'menu.attributeLayout',
  'meetingLog.settings.menu',
  'reports.menu',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How a menu item's count of waiting things begins: its words before the number ("保存待ち"), or the number itself. */
const waitingCountStart = (language: SidebarLanguage): string => {
  const before = sidebarText(language, 'menu.waiting_other').split('{{count}}')[0]!.trim();
  return before ? escapeRegExp(before) : '\\d';
};

const moreOptions = (sidebar: FrameLocator, language: SidebarLanguage) =>
  sidebar.getByRole('button', { name: new RegExp(`^${escapeRegExp(sidebarText(language, 'header.moreOptions'))}`) });

/** Switches the sidebar's language in its ⋯ menu; resolves once its labels have changed. */
export async function chooseSidebarLanguage(sidebar: FrameLocator, from: SidebarLanguage, to: SidebarLanguage): Promise<void> {
  await moreOptions(sidebar, from).click();
  await sidebar.getByRole('menuitemradio', { name: sidebarText(from, `languages.${to}`) }).click();
  await moreOptions(sidebar, to).waitFor();
}

/** Gives the sandbox's app frame the size of a Zoom side panel (the sidebar's window is the frame). */
export async function sizeAppFrame(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.evaluate(({ width, height }) => {
    const frame = document.getElementById('zc-app-frame');
    const panel = document.getElementById('zc-app-panel');
    if (!frame || !panel) throw new Error('The sandbox client shows no app frame.');
    panel.style.width = 'auto';
    frame.style.flex = 'none';
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
  }, size);
}

/** Waits until nothing in the sidebar's content says it is still loading (skeletons are aria-busy). */
async function settled(sidebar: FrameLocator): Promise<void> {
  await expect.poll(() => sidebar.locator('main [aria-busy="true"]').count(), { timeout: 15_000 }).toBe(0);
}

export interface SidebarScreen {
  kind: 'tab' | 'menu';
  /** Its tab label or ⋯-menu item, as shown. */
  name: string;
}

/**
 * Visits every tab, then every ⋯-menu screen the signed-in user may open, and calls `visit` on each once it
 * has loaded (for fit checks, axe, screenshots). Ends on the last screen visited.
 */
export async function visitSidebarScreens(sidebar: FrameLocator, language: SidebarLanguage, visit: (screen: SidebarScreen) => Promise<void>): Promise<void> {
  const tabs = sidebar.getByRole('tab');
  for (const name of await tabs.allInnerTexts()) {
    await sidebar.getByRole('tab', { name, exact: true }).click();
    await settled(sidebar);
    await visit({ kind: 'tab', name });
  }
  for (const key of MENU_SCREEN_KEYS) {
    const name = sidebarText(language, key);
    await moreOptions(sidebar, language).click();
    // The item may end in a count ("Meeting logs 1 waiting", "ミーティングの記録保存待ち 1 件"), and one label can start another's.
    const item = sidebar.getByRole('menuitem', { name: new RegExp(`^${escapeRegExp(name)}\\s*(${waitingCountStart(language)}.*)?$`) });
    if ((await item.count()) === 0) {
      // Not this user's (or this tenant's): close the menu again.
      await sidebar.locator('body').press('Escape');
      continue;
    }
    await item.click();
    await expect.poll(() => tabs.count()).toBe(0);
    await settled(sidebar);
    await visit({ kind: 'menu', name });
  }
}
