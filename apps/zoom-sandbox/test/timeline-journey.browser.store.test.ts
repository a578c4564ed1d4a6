import { meetingViewSchema, sessionViewSchema, timelinePageSchema, type Activity } from '@c360/contracts';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useProductInBrowser } from './support/browser-harness.ts';
import { api, appFrame } from './support/sidebar-api.ts';
import { openMeetingSidebar } from './support/meeting-sidebar.ts';

// Chromium logs each request the tests cut off on purpose.
const harness = useProductInBrowser({ seeded: true, expectedErrors: /net::ERR_FAILED \(http:\/\/localhost:\d+\/api\/activities/ });

interface Journey {
  page: Page;
  sidebar: FrameLocator;
  companyId: string;
}

/**
 * The host's sidebar in the sandbox meeting, with the meeting's suggested company chosen through the API
 * (the company picker is not what this journey tests), on the Timeline tab.
 */
async function openTimeline(): Promise<Journey> {
  const { page, sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, { email: 'alex@acme.example', role: 'host' });
  const session = await api(page, sessionViewSchema, '/api/session');
  const meetingUuid = session.zoom?.meetingUuid;
  if (!meetingUuid) throw new Error('The sandbox session names no meeting.');
  const meetingPath = `/api/meetings/${encodeURIComponent(meetingUuid)}`;
  // The host's sidebar sends the roster first; the suggestion comes from its matches.
  let companyId: string | undefined;
  await expect.poll(async () => (companyId = (await api(page, meetingViewSchema, meetingPath)).suggestedCompany?.id), { timeout: 15_000 }).toBeDefined();
  await api(page, meetingViewSchema, `${meetingPath}/subject`, { method: 'PUT', body: { companyId } });
  await sidebar.getByRole('button', { name: 'Log activity' }).waitFor();
  return { page, sidebar, companyId: companyId! };
}

async function activitiesTitled(journey: Journey, subject: string): Promise<Activity[]> {
  const page = await api(journey.page, timelinePageSchema, `/api/companies/${journey.companyId}/timeline?limit=50`);
  return page.items.filter((activity) => activity.subject === subject);
}

async function startActivity({ sidebar }: Journey, subject: string, notes: string) {
  await sidebar.getByRole('button', { name: 'Log activity' }).click();
  await sidebar.getByLabel('Subject', { exact: true }).fill(subject);
  const box = sidebar.getByRole('textbox', { name: 'Notes' });
  await box.click();
  await box.pressSequentially(notes);
}

const entry = ({ sidebar }: Journey, subject: string) => sidebar.getByRole('article', { name: subject });

const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 8)}`;

describe('logging an activity to the timeline mid-call (SPEC journey 3)', () => {
  it('keeps typed notes across a reload of the sidebar in place and a relaunch, and "Log" puts the entry on the timeline', async () => {
    const journey = await openTimeline();
    const subject = unique('Kickoff');
    await startActivity(journey, subject, 'Renewal risk discussed');

    // The sidebar's page reloads in place mid-typing (as after a renderer crash): the editor comes back.
    await (await appFrame(journey.page)).evaluate('location.reload()');
    const box = journey.sidebar.getByRole('textbox', { name: 'Notes' });
    await expect.poll(() => box.innerText(), { timeout: 15_000 }).toContain('Renewal risk discussed');
    await box.press('End');
    await box.pressSequentially(' and the budget');

    // Closed and opened again from the Apps tab (a new launch): still there, with the words typed since.
    await journey.page.getByRole('button', { name: 'Close app' }).click();
    await journey.page.getByRole('button', { name: 'Apps' }).click();
    await expect.poll(() => box.innerText(), { timeout: 15_000 }).toContain('Renewal risk discussed and the budget');
    expect(await journey.sidebar.getByLabel('Subject', { exact: true }).inputValue()).toBe(subject);

    await journey.sidebar.getByRole('button', { name: 'Log', exact: true }).click();
    await entry(journey, subject).waitFor();
    // The autosaved draft may be listed already: wait for it to be shown as logged.
    await expect.poll(() => entry(journey, subject).getByText('Draft', { exact: true }).count()).toBe(0);
    // Focus returns to where the user started.
    expect(await journey.sidebar.locator(':focus').textContent()).toBe('Log activity');
    expect(await activitiesTitled(journey, subject)).toMatchObject([{ status: 'LOGGED', notes: expect.stringContaining('Renewal risk discussed') }]);
  });

  it('logs exactly one activity when the network drops during "Log" and comes back', async () => {
    const journey = await openTimeline();
    const subject = unique('Offline call');
    let forwarded = false;
    // The first write reaches the server but its answer is lost; later ones never leave the browser.
    await journey.page.route('**/api/activities**', async (route) => {
      if (route.request().method() !== 'GET' && !forwarded) {
        forwarded = true;
        await route.fetch();
      }
      await route.abort();
    });
    await startActivity(journey, subject, 'Agreed next steps');
    await journey.sidebar.getByRole('button', { name: 'Log', exact: true }).click();
    await journey.sidebar
      .getByRole('status')
      .filter({ hasText: /Offline — will (log it|save) when you're back online/ })
      .waitFor();

    await journey.page.unroute('**/api/activities**');
    // What the browser fires when the connection returns (a string: this project has no DOM typings).
    await (await appFrame(journey.page)).evaluate("window.dispatchEvent(new Event('online'))");
    await entry(journey, subject).waitFor({ timeout: 20_000 });
    expect(forwarded).toBe(true);
    expect(await activitiesTitled(journey, subject)).toMatchObject([{ status: 'LOGGED' }]);
  });

  it('shows a saved draft with a Draft badge, and its author can edit and log it', async () => {
    const journey = await openTimeline();
    const subject = unique('Prep notes');
    await startActivity(journey, subject, 'Questions for the QBR');
    await journey.sidebar
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor({ timeout: 15_000 });
    await journey.sidebar.getByRole('button', { name: 'Save draft' }).click();

    const draft = entry(journey, subject);
    await draft.getByText('Draft', { exact: true }).waitFor();
    await draft.getByRole('button', { name: 'Edit' }).click();
    const box = journey.sidebar.getByRole('textbox', { name: 'Notes' });
    await expect.poll(() => box.innerText()).toContain('Questions for the QBR');
    await box.press('End');
    await box.pressSequentially(' and pricing');
    await journey.sidebar.getByRole('button', { name: 'Log', exact: true }).click();
    await expect.poll(() => draft.getByText('Draft', { exact: true }).count()).toBe(0);
    expect(await activitiesTitled(journey, subject)).toMatchObject([{ status: 'LOGGED', notes: expect.stringContaining('and pricing') }]);
  });

  it('lets the author edit a logged activity: Save (no draft to save) updates it, and it stays logged (issue 15)', async () => {
    const journey = await openTimeline();
    const subject = unique('Logged call');
    await startActivity(journey, subject, 'Budget approved');
    await journey.sidebar.getByRole('button', { name: 'Log', exact: true }).click();
    const logged = entry(journey, subject);
    await logged.waitFor();

    await logged.getByRole('button', { name: `Edit “${subject}”` }).click();
    await journey.sidebar.getByRole('heading', { name: 'Edit activity' }).waitFor();
    expect(await journey.sidebar.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    const box = journey.sidebar.getByRole('textbox', { name: 'Notes' });
    await expect.poll(() => box.innerText()).toContain('Budget approved');
    await box.press('End');
    await box.pressSequentially(' for Q3');
    await journey.sidebar.getByRole('status').filter({ hasText: 'Not saved yet' }).waitFor();
    await journey.sidebar.getByRole('button', { name: 'Save', exact: true }).click();

    await expect.poll(() => logged.innerText(), { timeout: 15_000 }).toContain('Budget approved for Q3');
    expect(await activitiesTitled(journey, subject)).toMatchObject([{ status: 'LOGGED', version: 2, notes: expect.stringContaining('for Q3') }]);
  });

  it('renders hostile notes as harmless text: no script runs, no image loads', async () => {
    const journey = await openTimeline();
    const dialogs: string[] = [];
    journey.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const subject = unique('Hostile');
    await startActivity(journey, subject, '<img src=x onerror=alert(1)>');
    await journey.sidebar.getByRole('button', { name: 'Log', exact: true }).click();
    // The same payload as HTML straight through the API, as another client could send it.
    const viaApi = unique('Hostile API');
    await api(journey.page, timelinePageSchema.shape.items.element, '/api/activities', {
      method: 'POST',
      body: {
        type: 'UPDATE',
        status: 'LOGGED',
        subject: viaApi,
        notes: '<p>Safe <img src=x onerror="alert(2)"></p><a href="javascript:alert(3)">bad link</a><script>alert(4)</script>',
        activityDate: new Date().toISOString(),
        companyId: journey.companyId,
      },
    });
    await journey.sidebar.getByRole('button', { name: 'Refresh' }).first().click();

    await entry(journey, subject).getByText('<img src=x onerror=alert(1)>').waitFor();
    const hostile = entry(journey, viaApi);
    await hostile.getByText('Safe').waitFor();
    expect(await hostile.locator('img, script, a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
