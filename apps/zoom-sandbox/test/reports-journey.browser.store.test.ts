import type { FrameLocator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_MEETING } from '@c360/c360/seed';
import { clientStateOf } from '../src/client/client-state.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { chooseSuggestedCompany, openMeetingSidebar } from './support/meeting-sidebar.ts';

const harness = useProductInBrowser({ seeded: true });

const newMeeting = () => startDemoMeeting(clientStateOf(harness.product().sandbox.state).meetings).meetingUUID;

const eventRows = (sidebar: FrameLocator) => sidebar.getByTestId('report-events').locator('tbody tr');
const meetingsOf = (sidebar: FrameLocator) => eventRows(sidebar).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-meeting')));

describe('the reports journey: an admin reads how the Zoom app is used', () => {
  it('alex opens Reports from the ⋯ menu, finds this meeting’s sidebar opening, filters by type and downloads the same filter', async () => {
    const meetingUuid = newMeeting();
    const { sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, {
      email: DEMO_MEETING.hostUsername,
      role: 'host',
      meetingUuid,
    });
    await chooseSuggestedCompany(sidebar, DEMO_MEETING.companyName);

    await sidebar.getByRole('button', { name: 'More options' }).click();
    await sidebar.getByRole('menuitem', { name: 'Reports' }).click();
    await sidebar.getByRole('heading', { name: 'Zoom app use' }).waitFor();
    await sidebar.getByRole('img', { name: /Bar chart of meetings per week/ }).waitFor();
    await expect.poll(() => meetingsOf(sidebar)).toContain(meetingUuid);

    await sidebar.getByLabel('Event type').selectOption({ label: 'Sidebar opened in a meeting' });
    await expect
      .poll(async () => new Set(await eventRows(sidebar).locator('td:nth-child(2)').allInnerTexts()))
      .toEqual(new Set(['Sidebar opened in a meeting']));
    expect(await meetingsOf(sidebar)).toContain(meetingUuid);

    const href = await sidebar.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    const params = new URL(href!, 'https://sidebar.example').searchParams;
    expect(Object.fromEntries(params)).toMatchObject({ type: 'sidebar.opened', format: 'csv', lang: 'en' });

    // The link says, and announces, that the file is on its way, then offers it again (issue 15).
    await sidebar.getByRole('link', { name: 'Download CSV' }).click();
    await sidebar.getByRole('status').filter({ hasText: 'Downloading the CSV file…' }).waitFor();
    await sidebar.getByRole('link', { name: 'Downloading…' }).waitFor();
    await sidebar.getByRole('link', { name: 'Download CSV' }).waitFor({ timeout: 10_000 });
  });
});
