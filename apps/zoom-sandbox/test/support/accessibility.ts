/// <reference lib="dom" />
import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';

/** The sidebar's document inside the client page's app frame, for checks that run in it. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#zc-app-frame')).contentFrame();
  if (!frame) throw new Error('The app frame has no document.');
  return frame;
}

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

type WithAxe = Window & { axe: typeof axe };

/** axe-core's serious and critical violations in the sidebar's document as it now is. */
export async function seriousViolations(frame: Frame): Promise<AxeFinding[]> {
  // Evaluated over the DevTools protocol, so the BFF's CSP (no inline scripts) does not stop it.
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axe.source);
  return frame.evaluate(async () => {
    const { violations } = await (window as unknown as WithAxe).axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
  });
}
