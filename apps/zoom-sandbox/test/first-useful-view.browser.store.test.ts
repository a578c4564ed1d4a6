// The functions given to evaluate() run in the sidebar's page: they need the DOM's types.
/// <reference lib="dom" />
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_MEETING } from '@c360/c360/seed';
import { clientStateOf } from '../src/client/client-state.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { chooseSuggestedCompany, openMeetingSidebar } from './support/meeting-sidebar.ts';

const harness = useProductInBrowser({ seeded: true });

// The sidebar's marks (apps/sidebar/src/hooks/use-first-useful-view.ts), by name.
const ACCOUNT_HEADER = 'c360:account-header-painted';
const TIMELINE = 'c360:timeline-painted';
const FIRST_USEFUL_VIEW = 'c360:first-useful-view';

/** The browser's own timings of the sidebar's page, in ms from its navigation's start (the Home URL request). */
interface HomeTimings {
  responseEnd: number;
  domContentLoaded: number;
  load: number;
  firstPaint: number | null;
  firstContentfulPaint: number | null;
  marks: Record<string, number>;
  resources: { count: number; transferredKiB: number; lastResponseEnd: number };
  /** The requests that ended last, where the time to the first useful view goes. */
  lastResponses: Array<{ path: string; start: number; end: number }>;
}

/** The sidebar's frame in the client page: the Zoom client's app frame, once its Home URL has been navigated to. */
async function sidebarFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('#zc-app-frame', { state: 'attached' })).contentFrame();
  if (!frame) throw new Error('The client page has no app frame content.');
  return frame;
}

const timingsOf = (frame: Frame): Promise<HomeTimings> =>
  frame.evaluate((): HomeTimings => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const paint = (name: string) => performance.getEntriesByType('paint').find((entry) => entry.name === name)?.startTime ?? null;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      responseEnd: navigation?.responseEnd ?? Number.NaN,
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
      load: navigation?.loadEventEnd ?? Number.NaN,
      firstPaint: paint('first-paint'),
      firstContentfulPaint: paint('first-contentful-paint'),
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime])),
      resources: {
        count: resources.length,
        transferredKiB: resources.reduce((sum, entry) => sum + entry.transferSize, 0) / 1024,
        lastResponseEnd: Math.max(0, ...resources.map((entry) => entry.responseEnd)),
      },
      lastResponses: [...resources]
        .sort((a, b) => b.responseEnd - a.responseEnd)
        .slice(0, 6)
        .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime, end: entry.responseEnd })),
    };
  });

const ms = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(0)} ms`);

describe('open → first useful view', () => {
  it('the Home URL of a signed-in user paints, then the account header and the timeline, then marks the first useful view', async () => {
    const meetingUuid = startDemoMeeting(clientStateOf(harness.product().sandbox.state).meetings).meetingUUID;
    // Signs in and chooses the meeting's company once; the reload below is the user opening the app again.
    const { page, sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, {
      email: DEMO_MEETING.hostUsername,
      role: 'host',
      meetingUuid,
    });
    await chooseSuggestedCompany(sidebar, DEMO_MEETING.companyName);

    await page.reload();
    const frame = await sidebarFrame(page);
    await frame.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, FIRST_USEFUL_VIEW, { timeout: 30_000 });
    const timings = await timingsOf(frame);

    // Printed, not asserted: a shared CI machine's load would make a 1 s assertion flaky; the README's figure is compared.
    console.log(
      [
        '| sidebar Home URL (ms from its navigation start) | time |',
        '|---|---:|',
        `| HTML response end | ${ms(timings.responseEnd)} |`,
        `| first paint | ${ms(timings.firstPaint)} |`,
        `| first contentful paint | ${ms(timings.firstContentfulPaint)} |`,
        `| DOMContentLoaded end | ${ms(timings.domContentLoaded)} |`,
        `| load end | ${ms(timings.load)} |`,
        `| account header painted | ${ms(timings.marks[ACCOUNT_HEADER])} |`,
        `| timeline painted | ${ms(timings.marks[TIMELINE])} |`,
        `| **first useful view** | **${ms(timings.marks[FIRST_USEFUL_VIEW])}** |`,
        `| resources: ${timings.resources.count}, ${timings.resources.transferredKiB.toFixed(1)} KiB transferred, last response end | ${ms(timings.resources.lastResponseEnd)} |`,
        ...timings.lastResponses.map(({ path, start, end }) => `| ${path} (from ${ms(start)}) | ${ms(end)} |`),
      ].join('\n'),
    );

    const header = timings.marks[ACCOUNT_HEADER];
    const timeline = timings.marks[TIMELINE];
    const firstPaint = timings.firstContentfulPaint;
    expect({ header, timeline, firstPaint }).toEqual({ header: expect.any(Number), timeline: expect.any(Number), firstPaint: expect.any(Number) });
    expect(timings.responseEnd).toBeLessThanOrEqual(firstPaint!);
    // The header and the timeline come in either order; the first useful view is when the later of them is painted.
    expect(firstPaint!).toBeLessThanOrEqual(Math.min(header!, timeline!));
    expect(timings.marks[FIRST_USEFUL_VIEW]).toBeGreaterThanOrEqual(Math.max(header!, timeline!));
  });
});
