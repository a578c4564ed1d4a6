import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../../../scripts/chromium.mjs';

export const launchChromium = (): Promise<Browser> => chromium.launch(CHROMIUM_LAUNCH_OPTIONS);

/** Fresh contexts (the SDK keeps module state per page) whose console errors a test can assert away. */
export function browserPages(browser: () => Browser) {
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  return {
    errors,
    async newPage(): Promise<Page> {
      const context = await browser().newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      return page;
    },
    /** Closes this test's pages and returns the errors they logged. */
    async closeAll(): Promise<string[]> {
      await Promise.all(contexts.splice(0).map((context) => context.close()));
      return errors.splice(0);
    },
  };
}
