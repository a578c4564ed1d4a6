import { activitySchema, domainSettingsSchema, meetingLogViewSchema } from '@c360/contracts';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clientStateOf } from '../src/client/client-state.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { api, appFrame } from './support/sidebar-api.ts';
import { chooseSuggestedCompany, openMeetingSidebar } from './support/meeting-sidebar.ts';

const harness = useProductInBrowser({ seeded: true });

const meetings = () => clientStateOf(harness.product().sandbox.state).meetings;
const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 8)}`;

interface Journey {
  page: Page;
  sidebar: FrameLocator;
  meetingUuid: string;
}

/** Alex hosts a fresh meeting of the sandbox and picks the suggested company, Northwind Traders. */
async function hostMeeting(): Promise<Journey> {
  const meetingUuid = startDemoMeeting(meetings()).meetingUUID;
  const { page, sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, { email: 'alex@acme.example', role: 'host', meetingUuid });
  await chooseSuggestedCompany(sidebar, 'Northwind Traders');
  return { page, sidebar, meetingUuid };
}

const logPath = ({ meetingUuid }: Journey) => `/api/meetings/${encodeURIComponent(meetingUuid)}/log`;
const setMode = (journey: Journey, meetingLogMode: 'AUTO' | 'MANUAL') =>
  api(journey.page, domainSettingsSchema, '/api/admin/settings', { method: 'PUT', body: { meetingLogMode } });
const endMeeting = (journey: Journey) => journey.page.getByRole('button', { name: 'End meeting' }).click();
const afterCallPanel = ({ sidebar }: Journey) => sidebar.getByRole('region', { name: 'The meeting has ended' });

describe('the meeting log when the host ends the meeting', () => {
  it('manual mode: the after-call panel appears with the draft, Save puts it on the Timeline, and a reload shows no panel', async () => {
    const journey = await hostMeeting();
    const { sidebar, page } = journey;
    const subject = unique('Northwind QBR');
    await sidebar.getByRole('button', { name: 'Log activity' }).click();
    await sidebar.getByLabel('Subject', { exact: true }).fill(subject);
    const box = sidebar.getByRole('textbox', { name: 'Notes' });
    await box.click();
    await box.pressSequentially('Renewal in March');
    await sidebar.getByRole('button', { name: 'Save draft' }).click();
    await sidebar.getByRole('button', { name: 'Log activity' }).waitFor();

    await endMeeting(journey);
    // The app stays open in the main client, as in Zoom.
    await page.getByText('This meeting has ended.').waitFor();
    const panel = afterCallPanel(journey);
    await panel.waitFor({ timeout: 15_000 });
    expect(await panel.getByLabel('Subject', { exact: true }).inputValue()).toBe(subject);
    expect(await panel.getByRole('textbox', { name: 'Notes' }).innerText()).toContain('Renewal in March');
    expect(await panel.innerText()).toContain('Northwind Traders');

    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.waitFor({ state: 'detached' });
    await sidebar.getByRole('article', { name: subject }).waitFor({ timeout: 15_000 });
    expect(await sidebar.getByRole('article', { name: subject }).getByText('Draft', { exact: true }).count()).toBe(0);
    expect(await api(page, meetingLogViewSchema, logPath(journey))).toMatchObject({ state: 'LOGGED', activity: { subject, status: 'LOGGED' } });

    await (await appFrame(page)).evaluate('location.reload()');
    await sidebar.getByRole('tab', { name: 'Timeline' }).waitFor();
    await sidebar.getByRole('article', { name: subject }).waitFor({ timeout: 15_000 });
    expect(await afterCallPanel(journey).count()).toBe(0);
  });

  it('auto mode (chosen by the admin on the Meeting log screen): the logged activity opens in the editor for final notes', async () => {
    const journey = await hostMeeting();
    const { sidebar } = journey;
    await sidebar.getByRole('button', { name: 'More options' }).click();
    await sidebar.getByRole('menuitem', { name: 'Meeting log' }).click();
    await sidebar.getByRole('heading', { name: 'Meeting log' }).waitFor();
    await sidebar.getByRole('radio', { name: /Log automatically/ }).check();
    await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
    await sidebar.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await sidebar.getByRole('button', { name: 'Close', exact: true }).click();
    await sidebar.getByRole('tab', { name: 'Timeline' }).waitFor();
    try {
      await endMeeting(journey);
      await journey.sidebar.getByText('The meeting was logged automatically.', { exact: false }).waitFor({ timeout: 15_000 });
      const log = await api(journey.page, meetingLogViewSchema, logPath(journey));
      expect(log).toMatchObject({ state: 'LOGGED', isMine: true });
      const activity = activitySchema.parse(log.activity);
      expect(await journey.sidebar.getByLabel('Subject', { exact: true }).inputValue()).toBe(activity.subject);
      await journey.sidebar.getByRole('textbox', { name: 'Notes' }).waitFor();
      expect(await afterCallPanel(journey).count()).toBe(0);
    } finally {
      await setMode(journey, 'MANUAL');
    }
  });
});
