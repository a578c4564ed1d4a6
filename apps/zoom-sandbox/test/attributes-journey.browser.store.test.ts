import { companyAttributesSchema, meetingViewSchema } from '@c360/contracts';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clientStateOf } from '../src/client/client-state.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { apiAnswer } from './support/sidebar-api.ts';
import { chooseSuggestedCompany, openMeetingSidebar } from './support/meeting-sidebar.ts';

// Chromium logs the 409 of the stale edit that the conflict test makes on purpose.
const harness = useProductInBrowser({ seeded: true, expectedErrors: /status of 409/ });

const meetings = () => clientStateOf(harness.product().sandbox.state).meetings;
const attributeList = (sidebar: FrameLocator) => sidebar.getByRole('list', { name: 'Attributes of Northwind Traders' });
const attributeLabels = (sidebar: FrameLocator) => attributeList(sidebar).locator('.attribute__label').allInnerTexts();
const attribute = (sidebar: FrameLocator, label: string) =>
  attributeList(sidebar)
    .getByRole('listitem')
    .filter({ has: sidebar.locator('.attribute__label', { hasText: new RegExp(`^${label}$`) }) });

/** The user hosts a meeting of their own, picks the suggested company (Northwind) and opens Attributes. */
async function openAttributes(email: string): Promise<{ page: Page; sidebar: FrameLocator; meetingUuid: string }> {
  const meetingUuid = startDemoMeeting(meetings()).meetingUUID;
  const opened = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, { email, role: 'host', meetingUuid });
  const { sidebar } = opened;
  await chooseSuggestedCompany(sidebar, 'Northwind Traders');
  await sidebar.getByRole('tab', { name: 'Attributes' }).click();
  await attributeList(sidebar).waitFor();
  return { ...opened, meetingUuid };
}

describe('company attributes in the meeting (issue 6)', () => {
  it('the admin reorders the attributes by keyboard and the tab follows; a value is edited', async () => {
    const { sidebar } = await openAttributes('alex@acme.example');
    const before = await attributeLabels(sidebar);
    expect(before.slice(0, 3)).toEqual(['ARR', 'Renewal Date', 'Stage']);

    await sidebar.getByRole('button', { name: 'More options' }).click();
    await sidebar.getByRole('menuitem', { name: 'Zoom app attributes' }).click();
    await sidebar.getByRole('heading', { name: 'Zoom app attributes' }).waitFor();
    // Keyboard only: focus Stage's "Move up" and press it twice; focus stays on it as the item moves.
    const moveStageUp = sidebar.getByRole('button', { name: 'Move Stage up' });
    await moveStageUp.focus();
    await moveStageUp.press('Enter');
    await moveStageUp.press('Space');
    await sidebar.getByRole('status').filter({ hasText: 'Stage moved to position 1 of 12.' }).waitFor({ state: 'attached' });
    const shown = sidebar.getByRole('list', { name: 'Shown in Zoom, in this order' });
    expect((await shown.locator('.attribute-layout__label').allInnerTexts()).slice(0, 3)).toEqual(['Stage', 'ARR', 'Renewal Date']);
    await sidebar.getByRole('button', { name: 'Save' }).click();
    await sidebar.getByText('Saved. The Attributes tab now shows these fields, in this order and with these limits.').waitFor();
    await sidebar.getByRole('button', { name: 'Done' }).click();

    await sidebar.getByRole('tab', { name: 'Attributes' }).click();
    await expect.poll(async () => (await attributeLabels(sidebar)).slice(0, 3), { timeout: 10_000 }).toEqual(['Stage', 'ARR', 'Renewal Date']);

    const notes = attribute(sidebar, 'Health Notes');
    await notes.getByRole('button', { name: 'Edit Health Notes' }).click();
    await sidebar.getByLabel('Health Notes', { exact: true }).fill('Expansion talk at the QBR');
    await notes.getByRole('button', { name: 'Save' }).click();
    await notes.locator('.attribute__value', { hasText: 'Expansion talk at the QBR' }).waitFor();
  }, 60_000);

  it('a stale edit shows the other person’s value next to yours and lets the user choose', async () => {
    const { page, sidebar, meetingUuid } = await openAttributes('alex@acme.example');
    const sponsor = attribute(sidebar, 'Executive Sponsor');
    await sponsor.getByRole('button', { name: 'Edit Executive Sponsor' }).click();
    await sidebar.getByLabel('Executive Sponsor', { exact: true }).fill('Mine: Dana Scott');

    // Meanwhile someone else saves the same field.
    const meeting = meetingViewSchema.parse((await apiAnswer(page, `/api/meetings/${encodeURIComponent(meetingUuid)}`)).body);
    const path = `/api/companies/${meeting.subject!.id}/attributes`;
    const opened = companyAttributesSchema.parse((await apiAnswer(page, path)).body);
    const theirs = await apiAnswer(page, path, { method: 'PATCH', body: { values: { executiveSponsor: 'Theirs: Lee Park' }, version: opened.version } });
    expect(theirs.status).toBe(200);

    await sponsor.getByRole('button', { name: 'Save' }).click();
    const conflict = sponsor.getByRole('alertdialog', { name: 'Someone else changed Executive Sponsor while you were editing.' });
    await conflict.getByText('Theirs: Lee Park').waitFor();
    await conflict.getByText('Mine: Dana Scott').waitFor();
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await sponsor.locator('.attribute__value', { hasText: 'Mine: Dana Scott' }).waitFor();
    const stored = companyAttributesSchema.parse((await apiAnswer(page, path)).body);
    expect(stored.fields.find((field) => field.key === 'executiveSponsor')?.value).toBe('Mine: Dana Scott');
  }, 60_000);

  it('a value beyond its limits is refused in the editor, naming the limit: ARR’s minimum of 0 and a maximum the admin sets', async () => {
    const { sidebar } = await openAttributes('alex@acme.example');
    await attribute(sidebar, 'ARR').getByRole('button', { name: 'Edit ARR' }).click();
    // While edited, the field is labelled with its currency.
    const amount = sidebar.getByLabel('ARR (USD)', { exact: true });
    const arr = attributeList(sidebar).getByRole('listitem').filter({ has: amount });
    await amount.fill('-5');
    await arr.getByRole('button', { name: 'Save' }).click();
    await arr.getByText('Enter $0.00 or more.').waitFor();
    expect(await amount.getAttribute('aria-invalid')).toBe('true');
    await arr.getByRole('button', { name: 'Cancel' }).click();

    await sidebar.getByRole('button', { name: 'More options' }).click();
    await sidebar.getByRole('menuitem', { name: 'Zoom app attributes' }).click();
    const seats = sidebar.getByRole('group', { name: 'Limits of Licensed Seats' });
    await seats.getByLabel('Maximum').fill('500');
    await sidebar.getByRole('button', { name: 'Save' }).click();
    await sidebar.getByText('Saved. The Attributes tab now shows these fields, in this order and with these limits.').waitFor();
    await sidebar.getByRole('button', { name: 'Done' }).click();

    await sidebar.getByRole('tab', { name: 'Attributes' }).click();
    const licensed = attribute(sidebar, 'Licensed Seats');
    await licensed.getByRole('button', { name: 'Edit Licensed Seats' }).click();
    await sidebar.getByLabel('Licensed Seats', { exact: true }).fill('501');
    await licensed.getByRole('button', { name: 'Save' }).click();
    await licensed.getByText('Enter 500 or less.').waitFor();
  }, 60_000);

  it('a Viewer sees the fields and can change none of them', async () => {
    const { sidebar } = await openAttributes('vera@acme.example');
    expect((await attributeLabels(sidebar)).length).toBeGreaterThan(5);
    await sidebar.getByRole('note').filter({ hasText: 'Editing them needs a Full licence.' }).waitFor();
    expect(await attributeList(sidebar).getByRole('button').count()).toBe(0);
    await sidebar.getByRole('button', { name: 'More options' }).click();
    expect(await sidebar.getByRole('menuitem', { name: 'Zoom app attributes' }).count()).toBe(0);
  });
});
