import { activitySchema, ctaPageSchema, domainSettingsSchema, meetingLogPageSchema, meetingLogViewSchema } from '@c360/contracts';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clientStateOf } from '../src/client/client-state.ts';
import { DEMO_MEETING_TOPIC } from '../src/zoom-users.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { api, appFrame } from './support/sidebar-api.ts';
import { chooseSuggestedCompany, openMeetingSidebar } from './support/meeting-sidebar.ts';

const harness = useProductInBrowser({ seeded: true });

const meetings = () => clientStateOf(harness.product().sandbox.state).meetings;
// Each signs in, ends a meeting and waits for its log: more than the default on a busy machine.
const JOURNEY_TIMEOUT = 60_000;
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
  api(journey.page, domainSettingsSchema, '/api/admin/settings', { method: 'PUT', body: { meetingLogMode, transcriptRetentionDays: 30 } });
const endMeeting = (journey: Journey) => journey.page.getByRole('button', { name: 'End meeting' }).click();
const afterCallPanel = ({ sidebar }: Journey) => sidebar.getByRole('region', { name: 'The meeting has ended' });
const pendingLogs = (journey: Journey) => api(journey.page, meetingLogPageSchema, '/api/meeting-logs?state=PENDING');

/** Writes notes in the Timeline's editor during the call and logs them. */
async function logInTheCall({ sidebar }: Journey, subject: string, notes: string): Promise<void> {
  await sidebar.getByRole('button', { name: 'Log activity' }).click();
  await sidebar.getByLabel('Subject', { exact: true }).fill(subject);
  const box = sidebar.getByRole('textbox', { name: 'Notes' });
  await box.click();
  await box.pressSequentially(notes);
  await sidebar.getByRole('button', { name: 'Log', exact: true }).click();
  await sidebar.getByRole('article', { name: subject }).waitFor({ timeout: 15_000 });
}

describe('the meeting log when the host ends the meeting', () => {
  it(
    'manual mode: the after-call panel appears with the draft, Save puts it on the Timeline, and a reload shows no panel',
    async () => {
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
      // The draft saved during the call is already on the Timeline: wait for it to be shown as logged.
      await sidebar.getByRole('article', { name: subject }).waitFor({ timeout: 15_000 });
      await expect.poll(() => sidebar.getByRole('article', { name: subject }).getByText('Draft', { exact: true }).count()).toBe(0);
      expect(await api(page, meetingLogViewSchema, logPath(journey))).toMatchObject({ state: 'LOGGED', activity: { subject, status: 'LOGGED' } });

      await (await appFrame(page)).evaluate('location.reload()');
      await sidebar.getByRole('tab', { name: 'Timeline' }).waitFor();
      await sidebar.getByRole('article', { name: subject }).waitFor({ timeout: 15_000 });
      expect(await afterCallPanel(journey).count()).toBe(0);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'auto mode (chosen by the admin on the Meeting log screen): the logged activity opens in the editor for final notes',
    async () => {
      const journey = await hostMeeting();
      const { sidebar } = journey;
      await sidebar.getByRole('button', { name: 'More options' }).click();
      await sidebar.getByRole('menuitem', { name: 'Meeting log settings' }).click();
      await sidebar.getByRole('heading', { name: 'Meeting log settings' }).waitFor();
      await sidebar.getByRole('radio', { name: /Log automatically/ }).check();
      // The live transcripts' retention: a day count out of bounds is named and saves nothing.
      const retention = sidebar.getByRole('spinbutton', { name: 'Keep live transcripts for (days)' });
      expect(await retention.inputValue()).toBe('30');
      await retention.fill('0');
      await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
      await sidebar.getByText('Enter a whole number of days from 1 to 365.').waitFor();
      expect(await api(journey.page, domainSettingsSchema, '/api/admin/settings')).toMatchObject({ meetingLogMode: 'MANUAL', transcriptRetentionDays: 30 });
      await retention.fill('14');
      await sidebar.getByRole('button', { name: 'Save', exact: true }).click();
      await sidebar
        .getByRole('status')
        .filter({ hasText: /^Saved\./ })
        .waitFor();
      // Said once, by the form: no toast repeats it.
      expect(await sidebar.getByRole('status').filter({ hasText: /saved/i }).count()).toBe(1);
      await sidebar.getByRole('button', { name: 'Close', exact: true }).click();
      await sidebar.getByRole('tab', { name: 'Timeline' }).waitFor();
      try {
        await endMeeting(journey);
        expect(await api(journey.page, domainSettingsSchema, '/api/admin/settings')).toMatchObject({ meetingLogMode: 'AUTO', transcriptRetentionDays: 14 });
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
    },
    JOURNEY_TIMEOUT,
  );
});

describe('the wrap-up after an activity logged in the call (issue 12)', () => {
  it(
    "opens that activity in the after-call panel with the meeting's real duration, keeps the wrap-up through a reload, and Save writes it onto that activity",
    async () => {
      const journey = await hostMeeting();
      const { sidebar, page } = journey;
      const subject = unique('Northwind sync');
      await logInTheCall(journey, subject, 'Said in the call');

      await endMeeting(journey);
      const panel = afterCallPanel(journey);
      await panel.waitFor({ timeout: 15_000 });
      expect(await panel.getByLabel('Subject', { exact: true }).inputValue()).toBe(subject);
      const notes = panel.getByRole('textbox', { name: 'Notes' });
      expect(await notes.innerText()).toContain('Said in the call');
      const zoomMeeting = meetings().byUuid.get(journey.meetingUuid)!;
      // Zoom's own start and end (the webhook), not the first roster's time.
      await expect
        .poll(async () => (await api(page, meetingLogViewSchema, logPath(journey))).meeting.startedAt, { timeout: 15_000 })
        .toBe(new Date(Math.floor(zoomMeeting.startedAt / 1000) * 1000).toISOString());
      const pending = await api(page, meetingLogViewSchema, logPath(journey));
      expect(pending).toMatchObject({ state: 'PENDING', activity: { subject, status: 'LOGGED' } });
      const inCall = activitySchema.parse(pending.activity);
      const summary = await panel.locator('dl').innerText();
      expect(summary).toContain('Alex Morgan');
      expect(summary).toContain('Emma Clark');
      expect(summary).toMatch(new RegExp(`Duration\\s+${pending.meeting.durationMinutes} minutes?`));

      await notes.click();
      await notes.press('End');
      await notes.pressSequentially(' Wrap-up: send the pricing');
      // The sidebar reloads before Save (a crash, a network drop): the wrap-up is still there.
      await (await appFrame(page)).evaluate('location.reload()');
      await panel.waitFor({ timeout: 15_000 });
      await expect.poll(() => panel.getByRole('textbox', { name: 'Notes' }).innerText()).toContain('Wrap-up: send the pricing');

      await panel.getByRole('button', { name: 'Save', exact: true }).click();
      await panel.waitFor({ state: 'detached' });
      const logged = await api(page, meetingLogViewSchema, logPath(journey));
      expect(logged).toMatchObject({ state: 'LOGGED', activity: { id: inCall.id, version: inCall.version + 1 } });
      expect(logged.activity?.notes).toContain('Said in the call');
      expect(logged.activity?.notes).toContain('Wrap-up: send the pricing');
      await sidebar.getByRole('article', { name: subject }).waitFor();
    },
    JOURNEY_TIMEOUT,
  );
});

describe('⋯ → Meeting logs (issue 12)', () => {
  it(
    'a log put aside with Later is counted on the ⋯ button and opens from Meeting logs, where a follow-up is added without a draft and Save completes it',
    async () => {
      const journey = await hostMeeting();
      const { sidebar, page } = journey;
      await endMeeting(journey);
      const panel = afterCallPanel(journey);
      await panel.waitFor({ timeout: 15_000 });
      await panel.getByRole('button', { name: 'Later' }).click();
      await sidebar.getByRole('tab', { name: 'Timeline' }).waitFor();

      const waiting = (await pendingLogs(journey)).total;
      expect(waiting).toBeGreaterThan(0);
      await sidebar.getByRole('button', { name: `More options (${waiting} meeting log${waiting === 1 ? '' : 's'} waiting)` }).click();
      await sidebar.getByRole('menuitem', { name: `Meeting logs ${waiting} waiting` }).click();
      await sidebar.getByRole('heading', { name: 'Meeting logs' }).waitFor();
      // Most recently ended first: this meeting's.
      const item = sidebar
        .getByRole('list', { name: /meeting logs? waiting/ })
        .getByRole('button')
        .first();
      expect(await item.innerText()).toMatch(new RegExp(`${DEMO_MEETING_TOPIC}[\\s\\S]*Northwind Traders · ended`));
      await item.click();

      const opened = afterCallPanel(journey);
      await opened.waitFor();
      await opened.getByLabel('Task', { exact: true }).fill('Send the proposal');
      await opened.getByRole('button', { name: 'Add follow-up' }).click();
      await opened.getByRole('listitem').filter({ hasText: 'To-Do: Send the proposal' }).waitFor({ timeout: 15_000 });
      await opened.getByRole('button', { name: 'Save', exact: true }).click();
      await sidebar.getByRole('heading', { name: 'Meeting logs' }).waitFor();
      await opened.waitFor({ state: 'detached' });

      const log = await api(page, meetingLogViewSchema, logPath(journey));
      expect(log).toMatchObject({ state: 'LOGGED', activity: { subject: DEMO_MEETING_TOPIC, status: 'LOGGED' } });
      const ctas = await api(page, ctaPageSchema, `/api/companies/${log.meeting.companyId}/ctas?status=ALL&activityId=${log.activity!.id}`);
      expect(ctas.items).toMatchObject([{ subject: 'To-Do: Send the proposal' }]);
      expect((await pendingLogs(journey)).total).toBe(waiting - 1);
      if (waiting === 1) {
        await sidebar.getByText('No meeting log is waiting for you.').waitFor();
        await sidebar.getByRole('button', { name: 'More options', exact: true }).waitFor();
      }
    },
    JOURNEY_TIMEOUT,
  );
});
