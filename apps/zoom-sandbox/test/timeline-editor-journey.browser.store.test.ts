import { activitySchema, meetingViewSchema, searchResponseSchema, timelinePageSchema, type Activity } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { DEMO_MEETING_TOPIC } from '../src/zoom-users.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { hostDemoMeeting, subjectPicker, type HostedMeeting } from './support/meeting-sidebar.ts';
import { api, appFrame } from './support/sidebar-api.ts';

// Chromium logs the discard this journey cuts off, and the late create the server refuses.
const harness = useProductInBrowser({
  seeded: true,
  expectedErrors: /net::ERR_FAILED \(http:\/\/localhost:\d+\/api\/activity-drafts\/|status of 409 \(Conflict\) \(http:\/\/localhost:\d+\/api\/activities\)/,
});

const unique = (label: string) => `${label} ${Math.random().toString(36).slice(2, 8)}`;

const meetingView = ({ page, meetingUuid }: HostedMeeting) => api(page, meetingViewSchema, `/api/meetings/${encodeURIComponent(meetingUuid)}`);

/** Types in the header's picker and chooses the company, as a user browsing to it does. */
async function browseTo({ sidebar }: HostedMeeting, query: string, name: string): Promise<void> {
  const picker = subjectPicker(sidebar);
  await picker.fill(query);
  await sidebar.getByRole('option').filter({ hasText: name }).first().click();
  await expect.poll(() => picker.inputValue()).toBe(name);
}

async function companyIdOf({ page }: HostedMeeting, name: string): Promise<string> {
  const { items } = await api(page, searchResponseSchema, `/api/search?q=${encodeURIComponent(name)}`);
  return items.find((item) => item.kind === 'company' && item.name === name)!.id;
}

async function activitiesTitled({ page }: HostedMeeting, companyId: string, subject: string): Promise<Activity[]> {
  const timeline = await api(page, timelinePageSchema, `/api/companies/${companyId}/timeline?limit=50`);
  return timeline.items.filter((activity) => activity.subject === subject);
}

const editorOf = ({ sidebar }: HostedMeeting) => sidebar.getByRole('region', { name: 'Log activity' });

async function writeNotes(journey: HostedMeeting, notes: string) {
  const box = editorOf(journey).getByRole('textbox', { name: 'Notes' });
  await box.click();
  await box.pressSequentially(notes);
}

describe('a new activity never lands on the wrong company', () => {
  it("after the meeting, another company's activity gets nothing of the meeting, and Cancel deletes what autosave saved", async () => {
    const journey = await hostDemoMeeting(harness);
    const { page, sidebar } = journey;
    await page.getByRole('button', { name: 'End meeting' }).click();
    await page.getByText('This meeting has ended.').waitFor();
    // The host files the meeting's log first (the after-call panel stands above the tabs until answered).
    const afterCall = sidebar.getByRole('region', { name: 'The meeting has ended' });
    await afterCall.getByRole('button', { name: 'Save', exact: true }).click();
    await afterCall.waitFor({ state: 'detached' });

    // Zoom keeps the app open in its main client: the user browses to another customer.
    await browseTo(journey, 'サクラ', '株式会社サクラ精機');
    const sakuraId = await companyIdOf(journey, '株式会社サクラ精機');
    // Browsing did not move the ended meeting to Sakura.
    expect((await meetingView(journey)).subject).toMatchObject({ name: 'Northwind Traders' });

    await sidebar.getByRole('button', { name: 'Log activity' }).click();
    const editor = editorOf(journey);
    await editor.getByText('Not an activity of this meeting (Northwind Traders)', { exact: false }).waitFor();
    expect(await editor.getByLabel('Subject', { exact: true }).inputValue()).toBe('');
    expect(await editor.getByLabel('Type', { exact: true }).inputValue()).toBe('UPDATE');
    expect(await editor.getByRole('checkbox').count()).toBe(0);

    const subject = unique('Sakura renewal');
    await editor.getByLabel('Subject', { exact: true }).fill(subject);
    await writeNotes(journey, 'Budget approved in April');
    await editor
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor({ timeout: 15_000 });
    const [autosaved] = await activitiesTitled(journey, sakuraId, subject);
    expect(autosaved).toMatchObject({ status: 'DRAFT', type: 'UPDATE', internalAttendeeIds: [], externalPersonIds: [] });
    expect(autosaved?.meetingUuid).toBeUndefined();

    const cancel = editor.getByRole('button', { name: 'Cancel' });
    await cancel.click();
    await editor.getByText("Discard this activity? What you've written in it will be deleted.").waitFor();
    await editor.getByRole('button', { name: 'Keep editing' }).click();
    expect(await cancel.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    await cancel.click();
    await editor.getByRole('button', { name: 'Discard' }).click();
    await sidebar.getByRole('button', { name: 'Log activity' }).waitFor();
    await expect.poll(() => activitiesTitled(journey, sakuraId, subject), { timeout: 15_000 }).toEqual([]);

    // Nothing of it comes back on a reload, on the device or on the timeline.
    await (await appFrame(page)).evaluate('location.reload()');
    await sidebar.getByRole('button', { name: 'Log activity' }).waitFor({ timeout: 15_000 });
    expect(await editorOf(journey).count()).toBe(0);
    expect(await sidebar.getByRole('article', { name: subject }).count()).toBe(0);
  }, 60_000);

  it('Cancel wins over an autosave still on its way, and waits out a dropped connection', async () => {
    const journey = await hostDemoMeeting(harness);
    const { page, sidebar } = journey;
    const northwindId = await companyIdOf(journey, 'Northwind Traders');
    // The first autosave is slow to arrive: it reaches the server only after the Cancel.
    let deliverCreate: () => void = () => undefined;
    const createHeld = new Promise<void>((resolve) => (deliverCreate = resolve));
    await page.route('**/api/activities', async (route) => {
      if (route.request().method() === 'POST') await createHeld;
      await route.continue();
    });
    // No connection for the discard until the test says so.
    let online = false;
    await page.route('**/api/activity-drafts/**', (route) => (online ? route.continue() : route.abort()));

    await sidebar.getByRole('button', { name: 'Log activity' }).click();
    const editor = editorOf(journey);
    const subject = unique('Held autosave');
    await editor.getByLabel('Subject', { exact: true }).fill(subject);
    const create = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/api/activities'));
    await writeNotes(journey, 'Typed before the Cancel');
    await create;

    await editor.getByRole('button', { name: 'Cancel' }).click();
    await editor.getByRole('button', { name: 'Discard' }).click();
    await sidebar.getByRole('status').filter({ hasText: "Offline — the cancelled draft will be deleted when you're back online" }).waitFor();

    online = true;
    const discarded = page.waitForResponse((response) => response.url().includes('/api/activity-drafts/') && response.status() === 204);
    await (await appFrame(page)).evaluate("window.dispatchEvent(new Event('online'))");
    await discarded;
    await sidebar.getByRole('status').filter({ hasText: 'Offline' }).waitFor({ state: 'detached' });

    // Now the held autosave arrives: the server refuses to bring the draft back.
    const lateCreate = page.waitForResponse((response) => response.url().endsWith('/api/activities') && response.request().method() === 'POST');
    deliverCreate();
    expect((await lateCreate).status()).toBe(409);
    expect(await activitiesTitled(journey, northwindId, subject)).toEqual([]);
  });
});

describe('the attendees of an activity logged in the meeting', () => {
  it('are the confirmed participants, and a participant only suggested by name is offered with one click', async () => {
    const journey = await hostDemoMeeting(harness);
    const { sidebar } = journey;
    await sidebar.getByRole('button', { name: 'Log activity' }).click();
    const editor = editorOf(journey);
    expect(await editor.getByLabel('Subject', { exact: true }).inputValue()).toBe(DEMO_MEETING_TOPIC);
    for (const name of ['Alex Morgan', 'Emma Clark', 'Liam Nguyen']) expect(await editor.getByRole('checkbox', { name }).isChecked()).toBe(true);
    expect(await editor.getByRole('checkbox', { name: 'Olivia Park' }).count()).toBe(0);

    await editor.getByText('Olivia Park?').waitFor();
    await editor.getByRole('button', { name: 'Add Olivia Park as an attendee (suggested by name)' }).click();
    const olivia = editor.getByRole('checkbox', { name: 'Olivia Park' });
    expect(await olivia.isChecked()).toBe(true);
    expect(await olivia.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);

    const subject = unique('QBR with Olivia');
    await editor.getByLabel('Subject', { exact: true }).fill(subject);
    await editor.getByRole('button', { name: 'Log', exact: true }).click();
    const entry = sidebar.getByRole('article', { name: subject });
    await entry.waitFor();
    const [logged] = await activitiesTitled(journey, await companyIdOf(journey, 'Northwind Traders'), subject);
    expect(
      activitySchema
        .parse(logged)
        .externalAttendees.map((attendee) => attendee.name)
        .toSorted(),
    ).toEqual(['Emma Clark', 'Liam Nguyen', 'Olivia Park']);
    expect(logged).toMatchObject({ status: 'LOGGED', type: 'MEETING', meetingUuid: journey.meetingUuid });

    // Adding her to the activity did not confirm who the participant is: that stays the meeting panel's click.
    const participant = (await meetingView(journey)).participants.find((p) => p.displayName === 'Olivia Park');
    expect(participant?.match.kind).toBe('suggested-person');
  });
});
