import { ctaSchema, meetingViewSchema } from '@c360/contracts';
import type { FrameLocator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clientStateOf } from '../src/client/client-state.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { hostDemoMeeting, openMeetingSidebar, subjectPicker } from './support/meeting-sidebar.ts';
import { api } from './support/sidebar-api.ts';

const harness = useProductInBrowser({ seeded: true });

const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 8)}`;

/** The toast saying `text`, in the panel's one live region of toasts. */
const toast = (sidebar: FrameLocator, text: string | RegExp) =>
  sidebar.getByRole('region', { name: 'Notifications' }).getByRole('status').locator('.toast').filter({ hasText: text });

describe('feedback on writes, and the company chosen by itself (issue 15)', () => {
  it('opening the sidebar in the demo meeting chooses Northwind Traders by itself, and Undo puts back the empty choice for good', async () => {
    const meetingUuid = startDemoMeeting(clientStateOf(harness.product().sandbox.state).meetings).meetingUUID;
    const { page, sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, {
      email: 'alex@acme.example',
      role: 'host',
      meetingUuid,
    });
    const picker = subjectPicker(sidebar);
    await expect.poll(() => picker.inputValue(), { timeout: 15_000 }).toBe('Northwind Traders');
    const chosen = toast(sidebar, 'Northwind Traders chosen for this meeting');
    await chosen.waitFor();
    const meetingPath = `/api/meetings/${encodeURIComponent(meetingUuid)}`;
    expect((await api(page, meetingViewSchema, meetingPath)).subject).toMatchObject({ kind: 'company', name: 'Northwind Traders' });

    await chosen.getByRole('button', { name: 'Undo' }).click();
    await toast(sidebar, 'Company choice undone.').waitFor();
    await expect.poll(() => picker.inputValue()).toBe('');
    expect((await api(page, meetingViewSchema, meetingPath)).subject).toBeNull();
    // Undone is a choice: the next roster update does not choose it again.
    await page.waitForTimeout(2_000);
    expect(await picker.inputValue()).toBe('');
  }, 90_000);

  it('logging an activity says so, and Undo removes it from the timeline and the store', async () => {
    const { sidebar } = await hostDemoMeeting(harness);
    const { prisma } = harness.product().bff.store;
    const subject = unique('Quick sync');
    await sidebar.getByRole('button', { name: 'Log activity' }).click();
    await sidebar.getByLabel('Subject', { exact: true }).fill(subject);
    await sidebar.getByRole('button', { name: 'Log', exact: true }).click();
    const entry = sidebar.getByRole('article', { name: subject });
    await entry.waitFor();
    const logged = toast(sidebar, 'Activity logged.');
    await logged.waitFor();
    expect(await prisma.activity.count({ where: { subject, status: 'LOGGED' } })).toBe(1);

    await logged.getByRole('button', { name: 'Undo' }).click();
    await toast(sidebar, 'Log undone').waitFor({ timeout: 15_000 });
    await entry.waitFor({ state: 'detached' });
    expect(await prisma.activity.count({ where: { subject } })).toBe(0);
  }, 90_000);

  it('closing a CTA says so, and Undo reopens it', async () => {
    const { page, sidebar } = await hostDemoMeeting(harness);
    const { prisma } = harness.product().bff.store;
    const northwind = await prisma.company.findFirstOrThrow({ where: { name: 'Northwind Traders' } });
    const subject = unique('Send the renewal quote');
    // Due tomorrow: listed on the first page, among the open ones due soonest.
    const dueDate = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const cta = await api(page, ctaSchema, '/api/ctas', { method: 'POST', body: { companyId: northwind.id, subject, dueDate } });
    await sidebar.getByRole('tab', { name: 'CTAs' }).click();
    const done = sidebar.getByRole('list', { name: 'CTAs of Northwind Traders' }).getByRole('checkbox', { name: cta.subject, exact: true });
    await done.check();
    const closed = toast(sidebar, `CTA “${cta.subject}” closed.`);
    await closed.waitFor();
    expect((await prisma.cta.findUniqueOrThrow({ where: { id: cta.id } })).status).toBe('CLOSED');

    await closed.getByRole('button', { name: 'Undo' }).click();
    await toast(sidebar, `CTA “${cta.subject}” reopened.`).waitFor({ timeout: 15_000 });
    await expect.poll(() => done.isChecked()).toBe(false);
    expect((await prisma.cta.findUniqueOrThrow({ where: { id: cta.id } })).status).toBe('OPEN');
  }, 90_000);
});
