import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// What the BFF sends: the sidebar must run under it without a single violation.
const CSP = "default-src 'self'";

export interface SidebarPreview {
  readonly baseUrl: string;
  /** A browser context closed after the test; pages opened with `open` also fail the test on a console error. */
  newContext(options: BrowserContextOptions): Promise<BrowserContext>;
  /** The sidebar at 360 px in a browser of that locale, once its tabs show (`route` first answers what the page asks). */
  open(locale: string, route?: (page: Page) => Promise<void>): Promise<Page>;
}

/**
 * The production build of the sidebar served by vite preview with `api` answering the BFF's part, and Chromium:
 * built once for the file (in `.tmp/<name>`, apart from dist/, so the test always sees the current source).
 */
export function previewSidebar(name: string, api: Plugin): SidebarPreview {
  const outDir = path.join(root, '.tmp', name);
  let server: PreviewServer;
  let browser: Browser;
  let baseUrl = '';
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
      plugins: [api],
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

  const newContext = async (options: BrowserContextOptions) => {
    const context = await browser.newContext(options);
    contexts.push(context);
    return context;
  };

  return {
    get baseUrl() {
      return baseUrl;
    },
    newContext,
    async open(locale, route) {
      const page = await (await newContext({ locale, viewport: { width: 360, height: 720 } })).newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await route?.(page);
      await page.goto(baseUrl);
      await page.getByRole('tab').first().waitFor();
      return page;
    },
  };
}
