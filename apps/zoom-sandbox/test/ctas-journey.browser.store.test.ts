import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clientStateOf } from '../src/client/client-state.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { chooseSuggestedCompany, commitmentsToggle, openMeetingSidebar } from './support/meeting-sidebar.ts';

const harness = useProductInBrowser({ seeded: true });

const meetings = () => clientStateOf(harness.product().sandbox.state).meetings;
const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 8)}`;

/** Tomorrow in the browser's own calendar, as the sidebar's "Tomorrow" chip computes it, shown as the sidebar shows dates. */
async function tomorrowInBrowser(page: Page): Promise<string> {
  const frame = page.frames().find((candidate) => candidate.url().includes('/zoom/home'))!;
  // A string: this project has no DOM typings.
  const date = await frame.evaluate<string>(
    "(() => { const d = new Date(); const t = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1); return [t.getFullYear(), t.getMonth() + 1, t.getDate()].map((n) => String(n).padStart(2, '0')).join('-'); })()",
  );
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** The CTA list's items as "status subject" lines, top to bottom. */
async function ctaLines(list: Locator): Promise<string[]> {
  const subjects = await list.locator('.cta__subject').allInnerTexts();
  const closed = await Promise.all((await list.getByRole('checkbox').all()).map((box) => box.isChecked()));
  return subjects.map((text, index) => `${closed[index] ? 'CLOSED' : 'OPEN'} ${text}`);
}

describe('follow-up CTAs (issue 7)', () => {
  it('a follow-up added "Tomorrow" while writing the meeting notes shows in the CTAs tab, and closing it moves it below the open ones', async () => {
    const meetingUuid = startDemoMeeting(meetings()).meetingUUID;
    const { page, sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, {
      email: 'alex@acme.example',
      role: 'host',
      meetingUuid,
    });
    await chooseSuggestedCompany(sidebar, 'Northwind Traders');

    const subject = unique('Pricing call');
    await sidebar.getByRole('button', { name: 'Log activity' }).click();
    await sidebar.getByLabel('Subject', { exact: true }).fill(subject);
    // Follow-ups need the activity on the server: the editor saves it as a draft on its own.
    const task = sidebar.getByLabel('Task', { exact: true });
    await task.waitFor({ timeout: 15_000 });
    await task.fill('Send the proposal');
    const tomorrow = sidebar.getByRole('button', { name: 'Tomorrow' });
    await tomorrow.click();
    expect(await tomorrow.getAttribute('aria-pressed')).toBe('true');
    expect(await sidebar.getByRole('button', { name: 'Today' }).getAttribute('aria-pressed')).toBe('false');
    await sidebar.getByRole('button', { name: 'Add follow-up' }).click();

    const due = `Due ${await tomorrowInBrowser(page)}`;
    const followUps = sidebar.getByRole('list', { name: `Follow-ups of “${subject}”` });
    await followUps.getByRole('listitem').filter({ hasText: 'To-Do: Send the proposal' }).filter({ hasText: due }).waitFor();
    await sidebar.getByRole('status').filter({ hasText: 'Added “To-Do: Send the proposal”' }).waitFor();
    await sidebar.getByRole('button', { name: 'Log', exact: true }).click();
    await sidebar.getByRole('article', { name: subject }).waitFor();

    await sidebar.getByRole('tab', { name: 'CTAs' }).click();
    const list = sidebar.getByRole('list', { name: 'CTAs of Northwind Traders' });
    const mine = list
      .getByRole('listitem')
      .filter({ hasText: 'To-Do: Send the proposal' })
      .filter({ hasText: `From: ${subject}` });
    await mine.waitFor();
    expect(await mine.innerText()).toContain(due);
    expect(await mine.innerText()).toContain('Owner: Alex Morgan');
    expect(await mine.innerText()).toContain('Priority: Medium');
    const done = mine.getByRole('checkbox', { name: 'To-Do: Send the proposal' });
    expect(await done.isChecked()).toBe(false);
    const before = await ctaLines(list);
    const firstClosed = before.findIndex((line) => line.startsWith('CLOSED'));
    expect(before.lastIndexOf('OPEN To-Do: Send the proposal')).toBeLessThan(firstClosed === -1 ? Infinity : firstClosed);
    // Overdue CTAs say so in words, not by colour alone.
    const overdue = list.locator('.cta--overdue');
    expect(await overdue.locator('.cta__overdue', { hasText: /^Overdue$/ }).count()).toBe(await overdue.count());

    await done.check();
    await expect.poll(() => mine.innerText()).toContain('Closed');
    await expect
      .poll(async () => {
        const lines = await ctaLines(list);
        const lastOpen = lines.map((line) => line.startsWith('OPEN')).lastIndexOf(true);
        return lines.indexOf('CLOSED To-Do: Send the proposal') > lastOpen;
      })
      .toBe(true);
  }, 90_000);
});

describe('open commitments in the meeting bar (issue 18)', () => {
  it('a follow-up added in one meeting with Northwind shows in the next one’s bar, with the seeded ones; checking it closes it, Undo reopens it', async () => {
    const first = startDemoMeeting(meetings()).meetingUUID;
    const earlier = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, { email: 'alex@acme.example', role: 'host', meetingUuid: first });
    await chooseSuggestedCompany(earlier.sidebar, 'Northwind Traders');
    const subject = unique('Roadmap call');
    const task = unique('Send the roadmap');
    await earlier.sidebar.getByRole('button', { name: 'Log activity' }).click();
    await earlier.sidebar.getByLabel('Subject', { exact: true }).fill(subject);
    const taskField = earlier.sidebar.getByLabel('Task', { exact: true });
    await taskField.waitFor({ timeout: 15_000 });
    await taskField.fill(task);
    await earlier.sidebar.getByRole('button', { name: 'Add follow-up' }).click();
    await earlier.sidebar
      .getByRole('status')
      .filter({ hasText: `Added “To-Do: ${task}”` })
      .waitFor();
    await earlier.sidebar.getByRole('button', { name: 'Log', exact: true }).click();
    await earlier.sidebar.getByRole('article', { name: subject }).waitFor();
    // This meeting's own follow-up is not a commitment of an earlier one.
    const bar = (sidebar: typeof earlier.sidebar) => sidebar.getByRole('list', { name: 'Open follow-ups from earlier meetings' });
    await bar(earlier.sidebar).waitFor();
    expect(await bar(earlier.sidebar).innerText()).not.toContain(task);

    const { sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, {
      email: 'alex@acme.example',
      role: 'host',
      meetingUuid: startDemoMeeting(meetings()).meetingUUID,
    });
    await chooseSuggestedCompany(sidebar, 'Northwind Traders');
    const mine = bar(sidebar)
      .getByRole('listitem')
      .filter({ hasText: `To-Do: ${task}` });
    await mine.waitFor();
    expect(await mine.innerText()).toContain(`From: ${subject}`);
    expect(await mine.innerText()).toContain('Owner: Alex Morgan');
    // The seed's follow-ups of Northwind's last QBR, the overdue one marked in words.
    const seeded = bar(sidebar).getByRole('listitem').filter({ hasText: 'To-Do: Send the security questionnaire answers' });
    expect(await seeded.innerText()).toContain('Overdue');
    expect(await commitmentsToggle(sidebar).getAttribute('aria-expanded')).toBe('true');

    await mine.getByRole('checkbox', { name: `To-Do: ${task}` }).check();
    const closed = sidebar
      .getByRole('region', { name: 'Notifications' })
      .locator('.toast')
      .filter({ hasText: `CTA “To-Do: ${task}” closed.` });
    await closed.waitFor();
    await expect.poll(() => mine.count()).toBe(0);
    await closed.getByRole('button', { name: 'Undo' }).click();
    await mine.waitFor();
    expect(await mine.getByRole('checkbox').isChecked()).toBe(false);
  }, 120_000);
});

describe('New CTA (issue 15)', () => {
  it('alex (Full licence) creates a Risk CTA with a reason from the CTAs tab; it is listed with its owner and priority', async () => {
    const meetingUuid = startDemoMeeting(meetings()).meetingUUID;
    const { sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, { email: 'alex@acme.example', role: 'host', meetingUuid });
    await chooseSuggestedCompany(sidebar, 'Northwind Traders');
    await sidebar.getByRole('tab', { name: 'CTAs' }).click();

    const name = unique('Usage dropped');
    await sidebar.getByRole('button', { name: 'New CTA' }).click();
    const form = sidebar.getByRole('form', { name: 'New CTA' });
    // Nothing named: the form says what is missing and sends nothing.
    await form.getByRole('button', { name: 'Create CTA' }).click();
    await form.getByText('Enter a name (up to 240 characters).').waitFor();
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Type').selectOption({ label: 'Risk' });
    await form.getByLabel('Reason').selectOption({ label: 'Product usage' });
    await form.getByLabel('Priority').selectOption({ label: 'High' });
    await form.getByRole('button', { name: 'Create CTA' }).click();

    await sidebar
      .getByRole('status')
      .filter({ hasText: `Created “${name}”` })
      .waitFor();
    const created = sidebar.getByRole('list', { name: 'CTAs of Northwind Traders' }).getByRole('listitem').filter({ hasText: name });
    await created.waitFor();
    expect(await created.innerText()).toContain('Priority: High');
    expect(await created.innerText()).toContain('Owner: Alex Morgan');
    // Focus is back on the button that opened the form.
    await expect.poll(() => sidebar.locator(':focus').innerText()).toBe('New CTA');
  }, 90_000);
});
