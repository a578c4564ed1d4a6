import type { FrameLocator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_MEETING } from '@c360/c360/seed';
import { clientStateOf } from '../src/client/client-state.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { addParticipant } from '../src/meetings/participants.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import {
  chooseSuggestedCompany,
  openMeetingSidebar,
  participantItem,
  participantsToggle,
  unfoldParticipants,
  type OpenMeetingSidebarOptions,
} from './support/meeting-sidebar.ts';

const harness = useProductInBrowser({ seeded: true });

const meetings = () => clientStateOf(harness.product().sandbox.state).meetings;
// Each test has a meeting of its own: the BFF remembers a meeting's roster and company.
const newMeeting = () => startDemoMeeting(meetings()).meetingUUID;
/** Opens the sidebar with its participant list unfolded (it folds once a company is chosen). */
async function open(options: OpenMeetingSidebarOptions) {
  const opened = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, options);
  await unfoldParticipants(opened.sidebar);
  return opened;
}

const participant = participantItem;
const participantNames = (sidebar: FrameLocator) =>
  sidebar
    .getByRole('list', { name: /^Participants/ })
    .locator('.participants__name')
    .allInnerTexts();
const picker = (sidebar: FrameLocator) => sidebar.getByRole('combobox', { name: 'Search companies and relationships' });

describe('the meeting journey: who is in the call, and which customer it is about', () => {
  it('the host’s sidebar recognises the attendees, follows joins and picks the suggested company', async () => {
    const meetingUuid = newMeeting();
    const { sidebar } = await open({ email: DEMO_MEETING.hostUsername, role: 'host', meetingUuid });

    // E-mails come from getMeetingParticipantsEmail; the BFF matches them.
    await participant(sidebar, 'Emma Clark').getByText('In Gainsight: Emma Clark').waitFor();
    await participant(sidebar, 'Alex Morgan').getByText('Internal', { exact: true }).waitFor();
    expect(await participant(sidebar, 'Alex Morgan').innerText()).toContain('(you)');
    expect(await participant(sidebar, 'Jordan Blake').innerText()).not.toMatch(/Internal|In Gainsight|Is this/);

    addParticipant(meetings(), meetingUuid, { screenName: 'Noah Williams', email: 'noah.williams@northwind.example' });
    await participant(sidebar, 'Noah Williams').getByText('In Gainsight: Noah Williams').waitFor();
    await sidebar.getByRole('status').filter({ hasText: 'Noah Williams joined the meeting' }).waitFor({ state: 'attached' });

    // The roster points at one company, so it is chosen for the meeting without a click.
    await expect.poll(() => picker(sidebar).inputValue(), { timeout: 15_000 }).toBe('Northwind Traders');
    // Cleared, it is offered first before anything is typed, and the keyboard picks it again.
    await sidebar.getByRole('button', { name: 'Clear the company or relationship' }).click();
    await picker(sidebar).focus();
    const suggested = sidebar.getByRole('option').first();
    await expect.poll(() => suggested.innerText()).toMatch(/^Northwind Traders\s*Suggested/);
    await picker(sidebar).press('ArrowDown');
    expect(await picker(sidebar).getAttribute('aria-activedescendant')).toBe(await suggested.getAttribute('id'));
    await picker(sidebar).press('Enter');
    await expect.poll(() => picker(sidebar).inputValue()).toBe('Northwind Traders');
    expect(await picker(sidebar).getAttribute('aria-expanded')).toBe('false');
  });

  it('a colleague’s sidebar in the same meeting sees the roster and the chosen company live', async () => {
    const meetingUuid = newMeeting();
    const host = await open({ email: DEMO_MEETING.hostUsername, role: 'host', meetingUuid });
    await participant(host.sidebar, 'Emma Clark').getByText('In Gainsight: Emma Clark').waitFor();

    const vera = await open({ email: 'vera@acme.example', role: 'attendee', meetingUuid });
    // Zoom shows Vera the list only through the host's sidebar; she is recognised as a colleague.
    await participant(vera.sidebar, 'Emma Clark').getByText('In Gainsight: Emma Clark').waitFor();
    await participant(vera.sidebar, 'Vera Lindqvist').getByText('Internal', { exact: true }).waitFor();
    expect(await vera.sidebar.getByRole('note').filter({ hasText: 'host' }).count()).toBe(0);

    // Typed in the host's picker, with the mouse this time.
    await picker(host.sidebar).fill('Northw');
    await host.sidebar
      .getByRole('option', { name: /^Northwind Traders/ })
      .first()
      .click();
    await expect.poll(() => picker(host.sidebar).inputValue()).toBe('Northwind Traders');
    await expect.poll(() => picker(vera.sidebar).inputValue()).toBe('Northwind Traders');

    addParticipant(meetings(), meetingUuid, { screenName: 'Ava Johnson', email: 'ava.johnson@northwind.example' });
    await expect.poll(() => participantNames(vera.sidebar)).toContain('Ava Johnson');
  });

  it('an attendee whose host has no Customer 360 open sees themself and why the list is missing', async () => {
    const meetingUuid = newMeeting();
    const { sidebar } = await open({ email: 'vera@acme.example', role: 'attendee', meetingUuid });
    await sidebar.getByRole('note').filter({ hasText: 'once the host opens Customer 360' }).waitFor();
    expect(await participantNames(sidebar)).toEqual(['Vera Lindqvist']);
  });

  it('a suggested person is confirmed with one click and then shows as recognised', async () => {
    const meetingUuid = newMeeting();
    const { sidebar } = await open({ email: DEMO_MEETING.hostUsername, role: 'host', meetingUuid });
    // Olivia joined without an e-mail: only her name points at Northwind's Olivia Park.
    const olivia = participant(sidebar, 'Olivia Park');
    await olivia.getByText('Is this Olivia Park?').waitFor();
    await olivia.getByRole('button', { name: 'Confirm that Olivia Park is Olivia Park' }).click();
    await olivia.getByText('In Gainsight: Olivia Park').waitFor();
    expect(await olivia.getByRole('button').count()).toBe(0);
  });

  it('once the company is chosen, the meeting folds to one line of counts that opens the list again', async () => {
    const meetingUuid = newMeeting();
    const { sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, {
      email: DEMO_MEETING.hostUsername,
      role: 'host',
      meetingUuid,
    });
    const line = participantsToggle(sidebar);
    // Alex (a colleague), Emma and Liam are known; Olivia only suggested by her name; Jordan unknown.
    await expect.poll(() => line.innerText(), { timeout: 15_000 }).toBe('5 in the call · 3 in Gainsight · 1 to confirm');
    await chooseSuggestedCompany(sidebar, DEMO_MEETING.companyName);
    await expect.poll(() => line.getAttribute('aria-expanded')).toBe('false');
    expect(await sidebar.getByRole('list', { name: /^Participants/ }).count()).toBe(0);

    await line.click();
    expect(await line.getAttribute('aria-expanded')).toBe('true');
    await participant(sidebar, 'Emma Clark').getByText('In Gainsight: Emma Clark').waitFor();
  });
});
