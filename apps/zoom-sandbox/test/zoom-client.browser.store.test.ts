import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clientStateOf } from '../src/client/client-state.ts';
import { defaultMeeting } from '../src/meetings/meetings.ts';
import { addParticipant, removeParticipant } from '../src/meetings/participants.ts';
import { findZoomUser } from '../src/zoom-users.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { unfoldParticipants } from './support/meeting-sidebar.ts';

const harness = useProductInBrowser();

const meeting = () => defaultMeeting(clientStateOf(harness.product().sandbox.state).meetings);

/** One fresh page per test: the SDK keeps module state. */
async function openClient(query: Record<string, string>): Promise<{ page: Page; sidebar: FrameLocator }> {
  const page = await harness.newPage();
  await page.goto(`${harness.product().sandbox.url}/client?${new URLSearchParams({ ...query, open: '1' })}`);
  return { page, sidebar: page.frameLocator('#zc-app-frame') };
}

const participantNames = (sidebar: FrameLocator) =>
  sidebar
    .getByRole('list', { name: /^Participants/ })
    .locator('.participants__name')
    .allInnerTexts();

describe('the sandbox Zoom client hosting the real sidebar', () => {
  it('a host sees the meeting’s participants from getMeetingParticipants, and joins and leaves as they happen', async () => {
    const { page, sidebar } = await openClient({ role: 'host' });
    await sidebar.getByText('Connected to Zoom as Alex Morgan').waitFor();
    await unfoldParticipants(sidebar);
    await expect.poll(() => participantNames(sidebar)).toEqual(meeting().participants.map((participant) => participant.screenName));
    expect(await participantNames(sidebar)).toEqual(expect.arrayContaining(['Alex Morgan', 'Emma Clark', 'Jordan Blake']));

    // Through the client page's own control, as a developer would.
    await page.getByRole('button', { name: 'Participants' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Grace Hopper');
    await page.getByRole('button', { name: 'Add participant' }).click();
    await expect.poll(() => participantNames(sidebar)).toContain('Grace Hopper');
    await sidebar.getByRole('status').filter({ hasText: 'Grace Hopper joined the meeting' }).waitFor({ state: 'attached' });
    // Zoom (and so the sandbox) sends the join twice; the list shows the person once.
    expect((await participantNames(sidebar)).filter((name) => name === 'Grace Hopper')).toHaveLength(1);

    // Through the sandbox's state, as another test would.
    const late = addParticipant(clientStateOf(harness.product().sandbox.state).meetings, meeting().meetingUUID, { screenName: 'Ada Lovelace' });
    await expect.poll(() => participantNames(sidebar)).toContain('Ada Lovelace');
    removeParticipant(clientStateOf(harness.product().sandbox.state).meetings, meeting().meetingUUID, late.participantUUID);
    await expect.poll(() => participantNames(sidebar)).not.toContain('Ada Lovelace');
  });

  it('an attendee sees only themself and why the participant list is missing', async () => {
    const vera = findZoomUser('vZ8r1TQ3Sgq5mJw0aB6nHw')!;
    const { sidebar } = await openClient({ user: vera.id, role: 'attendee' });
    await unfoldParticipants(sidebar);
    await sidebar
      .getByRole('note')
      .filter({ hasText: /only the host and co-hosts can read it/ })
      .waitFor();
    expect(await participantNames(sidebar)).toEqual(['Vera Lindqvist']);
  });

  it('a guest is offered Authorize, and in-client OAuth links the session to their Zoom user', async () => {
    const paul = findZoomUser('p7LcYh2eR0uN3sVb9XkQzA')!;
    const { sidebar } = await openClient({ user: paul.id, role: 'guest' });
    const authorize = sidebar.getByRole('button', { name: 'Authorize' });
    await authorize.waitFor();
    await authorize.click();
    await sidebar.getByText('Connected to Zoom as Paul Okafor').waitFor();
    expect(await authorize.count()).toBe(0);
  });

  it('the embedded browser adds a context only to launched Home URL loads', async () => {
    const direct = await fetch(`${harness.product().sandbox.publicUrl}/zoom/home`, { redirect: 'manual' });
    expect(direct.status).toBe(401);
    const forged = await fetch(`${harness.product().sandbox.publicUrl}/zoom/home`, { headers: { cookie: '__zoom_launch=not-a-launch' } });
    expect(forged.status).toBe(401);
    // Everything else passes through to the BFF untouched.
    expect((await fetch(`${harness.product().sandbox.publicUrl}/healthz`)).status).toBe(200);
  });

  it('⋯ → "Invite to Customer 360" opens Zoom’s participant picker, and the invitation reaches the one chosen', async () => {
    const vera = findZoomUser('vZ8r1TQ3Sgq5mJw0aB6nHw')!;
    // Vera in the meeting with her own client, the app not open.
    const invitee = await harness.newPage();
    await invitee.goto(`${harness.product().sandbox.url}/client?${new URLSearchParams({ user: vera.id, role: 'attendee' })}`);
    await invitee.locator('body[data-ready="true"]').waitFor();

    const { page, sidebar } = await openClient({ role: 'host' });
    await sidebar.getByText('Connected to Zoom as Alex Morgan').waitFor();
    await sidebar.getByRole('button', { name: 'More options' }).click();
    await sidebar.getByRole('menuitem', { name: 'Invite to Customer 360' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite to Customer 360' });
    await dialog.waitFor();
    expect(await dialog.getByRole('checkbox', { name: 'Alex Morgan' }).count()).toBe(0);
    const invite = dialog.getByRole('button', { name: 'Invite' });
    expect(await invite.isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Vera Lindqvist' }).check();
    await invite.click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Invited 1 participant to Customer 360.').waitFor();

    await invitee.getByText('Alex Morgan invited you to Customer 360.').waitFor();
    await invitee.getByRole('button', { name: 'Participants' }).click();
    await invitee.getByText('Invited to Customer 360 by Alex Morgan').waitFor();
    await invitee.getByRole('button', { name: 'Open', exact: true }).click();
    await invitee.locator('#zc-app-panel').waitFor();
    const invited = meeting().participants.filter((participant) => participant.appInvitation);
    expect(invited.map((participant) => participant.screenName)).toEqual(['Vera Lindqvist']);
  });

  // Last in the file: it ends the demo meeting the tests above share.
  it('after the host ends the meeting, "New meeting" starts the next one with the app open again, without a restart', async () => {
    const { page, sidebar } = await openClient({ role: 'host' });
    await sidebar.getByText('Connected to Zoom as Alex Morgan').waitFor();
    const ended = meeting().meetingUUID;
    await page.getByRole('button', { name: 'End meeting' }).click();
    await page.getByText('This meeting has ended.').waitFor();
    await page.getByRole('button', { name: 'New meeting' }).click();
    await page.waitForURL((url) => url.searchParams.get('meeting') !== null && url.searchParams.get('meeting') !== ended);
    await page.getByRole('button', { name: 'End meeting' }).waitFor();
    expect(await page.getByRole('button', { name: 'End meeting' }).isEnabled()).toBe(true);
    await sidebar.getByText('Connected to Zoom as Alex Morgan').waitFor();
    await expect.poll(() => participantNames(sidebar)).toEqual(expect.arrayContaining(['Alex Morgan', 'Emma Clark']));
    expect(meeting().meetingUUID).not.toBe(ended);
  });
});
