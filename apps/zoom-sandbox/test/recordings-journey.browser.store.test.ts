import { activitySchema, meetingViewSchema } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { clientStateOf } from '../src/client/client-state.ts';
import { recordMeeting } from '../src/meetings/cloud-recording.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { sendWebhook } from '../src/webhooks/send-webhook.ts';
import { DEFAULT_ZOOM_USER } from '../src/zoom-users.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { api } from './support/sidebar-api.ts';
import { chooseSuggestedCompany, openMeetingSidebar } from './support/meeting-sidebar.ts';

const harness = useProductInBrowser({ seeded: true });
const sandbox = () => harness.product().sandbox;

/** The host installs the app from the Marketplace: the recordings are downloaded with their token. */
async function installAsHost(): Promise<void> {
  const page = await harness.newPage();
  await page.goto(`${sandbox().url}/marketplace`);
  await page.getByRole('link', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Authorize' }).click();
  await page.waitForURL(`${sandbox().url}/client?**`);
  await page.close();
}

describe('a meeting’s transcript and chat on the Timeline (issue 7)', () => {
  it('shows the speakers’ lines of a logged meeting once Zoom’s recording arrives, and search marks a word', async () => {
    await installAsHost();
    const meeting = startDemoMeeting(clientStateOf(sandbox().state).meetings);
    const { page, sidebar } = await openMeetingSidebar(harness.newPage, sandbox().url, {
      email: 'alex@acme.example',
      role: 'host',
      meetingUuid: meeting.meetingUUID,
    });
    await chooseSuggestedCompany(sidebar, 'Northwind Traders');
    const { subject } = await api(page, meetingViewSchema, `/api/meetings/${encodeURIComponent(meeting.meetingUUID)}`);
    const title = `QBR ${Math.random().toString(36).slice(2, 8)}`;
    await api(page, activitySchema, '/api/activities', {
      method: 'POST',
      body: {
        type: 'MEETING',
        status: 'LOGGED',
        subject: title,
        activityDate: new Date().toISOString(),
        companyId: subject?.id,
        meetingUuid: meeting.meetingUUID,
      },
    });
    // The roster PUT names the host's Zoom user once the meeting-log work lands; until then, say it here.
    const { prisma } = harness.product().bff.store;
    await prisma.meeting.updateMany({ where: { meetingUuid: meeting.meetingUUID }, data: { hostZoomUserId: DEFAULT_ZOOM_USER.id } });

    // Zoom's cloud recording of the meeting, announced to the product as Zoom does.
    await sendWebhook(sandbox().config, sandbox().state, recordMeeting(sandbox().state, meeting, DEFAULT_ZOOM_USER.accountId));
    await expect
      .poll(async () => (await prisma.meetingRecordingFile.findMany({ where: { meeting: { meetingUuid: meeting.meetingUUID } } })).map((file) => file.status), {
        timeout: 15_000,
      })
      .toEqual(['STORED', 'STORED']);

    await sidebar.getByRole('button', { name: 'Refresh' }).first().click();
    const entry = sidebar.getByRole('article', { name: title });
    await entry.getByRole('button', { name: 'Transcript and chat' }).click();
    const transcript = entry.getByRole('region', { name: 'Transcript' });
    await transcript.getByText('Thanks everyone for joining. Let’s start with the renewal timeline.').waitFor();
    expect(await transcript.locator('.recordings__speaker').first().innerText()).toBe('Alex Morgan');
    await entry.getByRole('region', { name: 'Chat' }).getByText('資料のリンクを共有します').waitFor();
    expect(await entry.getByRole('link', { name: 'Download Transcript' }).getAttribute('href')).toMatch(/^\/api\/recording-files\/[0-9a-f-]+\/download$/);

    await entry.getByLabel('Search the transcript and chat').fill('renewal');
    await entry
      .getByRole('status')
      .filter({ hasText: /matching line/ })
      .waitFor();
    expect((await entry.locator('mark').allInnerTexts()).map((text) => text.toLowerCase())).toContain('renewal');
  });
});
