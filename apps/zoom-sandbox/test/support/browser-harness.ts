import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { browserPages, launchChromium } from './browser.ts';
import { buildSidebar } from './build-sidebar.ts';
import { startProduct, type ProductOptions, type RunningProduct } from './product.ts';

export interface ProductInBrowserOptions extends ProductOptions {
  /**
   * Console errors a test file expects, e.g. Chromium's "Failed to load resource" line for an answered
   * 401 that the page shows as a message; every other error still fails the test.
   */
  expectedErrors?: RegExp;
}

/**
 * For a browser test file: the product (BFF on a test store, behind the sandbox) and Chromium, started
 * once; fresh pages per test, and a test fails if any page logged an error.
 */
export function useProductInBrowser({ expectedErrors, ...productOptions }: ProductInBrowserOptions = {}) {
  // A journey drives a real browser, the BFF and the sandbox on a shared 2-core machine: more than a store test's 30 s.
  vi.setConfig({ testTimeout: 90_000 });
  let sidebarDist: string | undefined;
  let product: RunningProduct | undefined;
  let browser: Browser | undefined;
  const pages = browserPages(() => browser!);

  beforeAll(async () => {
    sidebarDist = await buildSidebar();
    product = await startProduct(sidebarDist, productOptions);
    browser = await launchChromium();
  }, 180_000);

  afterEach(async () => {
    // Both the client page and the sidebar (under the BFF's CSP) run without a single error.
    expect((await pages.closeAll()).filter((error) => !expectedErrors?.test(error))).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    if (sidebarDist) rmSync(sidebarDist, { recursive: true, force: true });
  });

  return { product: () => product!, newPage: () => pages.newPage() };
}
