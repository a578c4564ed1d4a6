import type { FrameLocator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_MEETING } from '@c360/c360/seed';
import { clientStateOf } from '../src/client/client-state.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { chooseSuggestedCompany, openMeetingSidebar, participantItem, unfoldParticipants, type OpenMeetingSidebarOptions } from './support/meeting-sidebar.ts';

const harness = useProductInBrowser({ seeded: true });

const meetings = () => clientStateOf(harness.product().sandbox.state).meetings;
// Each test has a meeting of its own: the BFF remembers a meeting's roster and company.
const newMeeting = () => startDemoMeeting(meetings()).meetingUUID;
const open = (options: OpenMeetingSidebarOptions) => openMeetingSidebar(harness.newPage, harness.product().sandbox.url, options);

const { displayName: JORDAN, email: JORDAN_EMAIL } = DEMO_MEETING.unknownAttendee;
// Joins without an e-mail: Gainsight suggests Northwind's Olivia Park by her name.
const OLIVIA = 'Olivia Park';
const participant = participantItem;
const section = (sidebar: FrameLocator, name: string) => sidebar.getByRole('list', { name, exact: true });

/** The host's sidebar of a new meeting, with the suggested company chosen in the picker, on the People tab. */
async function hostOnPeopleTab(meetingUuid: string) {
  const host = await open({ email: DEMO_MEETING.hostUsername, role: 'host', meetingUuid });
  await unfoldParticipants(host.sidebar);
  await participant(host.sidebar, 'Emma Clark').getByText('In Gainsight: Emma Clark').waitFor();
  await chooseSuggestedCompany(host.sidebar, DEMO_MEETING.companyName);
  await host.sidebar.getByRole('tab', { name: 'People' }).click();
  return host;
}

describe('the people journey: who of the customer is in the call, and adding who is not', () => {
  it('a Viewer sees the unknown attendee with the button disabled and the reason', async () => {
    const meetingUuid = newMeeting();
    await hostOnPeopleTab(meetingUuid);
    const { sidebar } = await open({ email: 'vera@acme.example', role: 'attendee', meetingUuid });
    await sidebar.getByRole('tab', { name: 'People' }).click();

    const unknown = section(sidebar, 'Not in Gainsight yet').getByRole('listitem').filter({ hasText: JORDAN });
    const add = unknown.getByRole('button', { name: `Add as person: ${JORDAN}` });
    await add.waitFor();
    expect(await add.isDisabled()).toBe(true);
    const reason = sidebar.getByRole('note').filter({ hasText: 'Your Viewer licence cannot add or edit people' });
    await reason.waitFor();
    expect(await add.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
    await section(sidebar, 'In this meeting').getByRole('listitem').filter({ hasText: 'Emma Clark' }).getByText('Primary').waitFor();
  });

  it('the host adds the unknown attendee as a person, who moves to the company’s attendees', async () => {
    const meetingUuid = newMeeting();
    const { sidebar } = await hostOnPeopleTab(meetingUuid);
    const inMeeting = section(sidebar, 'In this meeting');
    await inMeeting.getByRole('listitem').filter({ hasText: 'Emma Clark' }).waitFor();

    const unknown = section(sidebar, 'Not in Gainsight yet').getByRole('listitem').filter({ hasText: JORDAN });
    await unknown.getByRole('button', { name: `Add as person: ${JORDAN}` }).click();
    const form = sidebar.getByRole('form', { name: `Add ${JORDAN} as person` });
    const firstName = form.getByLabel('First name');
    // The form opens pre-filled from the attendee, with the focus in it.
    await expect.poll(() => firstName.evaluate((input) => input.matches(':focus'))).toBe(true);
    expect(await firstName.inputValue()).toBe('Jordan');
    expect(await form.getByLabel('Last name').inputValue()).toBe('Blake');
    const email = form.getByLabel('E-mail');
    expect(await email.inputValue()).toBe(JORDAN_EMAIL);

    // Checked in the browser with the server's schema before anything is sent.
    await email.fill('jordan at outlook');
    await form.getByRole('button', { name: 'Add person' }).click();
    await form.getByText('Enter a valid e-mail address').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');

    await email.fill(JORDAN_EMAIL);
    await form.getByLabel('Title').fill('Procurement Lead');
    await form.getByLabel('Role').fill('Evaluator');
    await form.getByRole('button', { name: 'Add person' }).click();

    const added = inMeeting.getByRole('listitem').filter({ hasText: JORDAN });
    await added.getByText('Procurement Lead · Evaluator').waitFor();
    await expect.poll(() => section(sidebar, 'Not in Gainsight yet').getByRole('listitem').filter({ hasText: JORDAN }).count()).toBe(0);
    await participant(sidebar, JORDAN).getByText(`In Gainsight: ${JORDAN}`).waitFor();

    // The company's whole list is one click away, and has them too.
    await sidebar.getByRole('button', { name: `All people of ${DEMO_MEETING.companyName}` }).click();
    await section(sidebar, `All people of ${DEMO_MEETING.companyName}`).getByRole('listitem').filter({ hasText: JORDAN }).waitFor();
  });

  it('a suggested attendee is one state in both tabs: confirmed in People, she is confirmed in Participants and in a colleague’s sidebar', async () => {
    const meetingUuid = newMeeting();
    const { sidebar } = await hostOnPeopleTab(meetingUuid);
    const vera = await open({ email: 'vera@acme.example', role: 'attendee', meetingUuid });
    await unfoldParticipants(vera.sidebar);
    await participant(vera.sidebar, OLIVIA).getByText(`Is this ${OLIVIA}?`).waitFor();

    // "Is this Olivia Park?" in Participants is "to confirm" in People too, never "not in Gainsight".
    await participant(sidebar, OLIVIA).getByText(`Is this ${OLIVIA}?`).waitFor();
    const toConfirm = section(sidebar, 'To confirm').getByRole('listitem').filter({ hasText: OLIVIA });
    await toConfirm.getByText(`Is this ${OLIVIA}?`).waitFor();
    expect(await section(sidebar, 'Not in Gainsight yet').getByRole('listitem').filter({ hasText: OLIVIA }).count()).toBe(0);

    await toConfirm.getByRole('button', { name: `Confirm that ${OLIVIA} is ${OLIVIA}` }).click();
    await section(sidebar, 'In this meeting').getByRole('listitem').filter({ hasText: OLIVIA }).getByText('Head of Customer Experience · Champion').waitFor();
    await participant(sidebar, OLIVIA).getByText(`In Gainsight: ${OLIVIA}`).waitFor();
    expect(await section(sidebar, 'To confirm').count()).toBe(0);
    await sidebar
      .getByRole('status')
      .filter({ hasText: `${OLIVIA} is confirmed as this attendee.` })
      .waitFor({ state: 'attached' });

    // Vera's sidebar follows the meeting's event stream: no reload, no click.
    await participant(vera.sidebar, OLIVIA).getByText(`In Gainsight: ${OLIVIA}`).waitFor();
    await vera.sidebar.getByRole('tab', { name: 'People' }).click();
    await section(vera.sidebar, 'In this meeting').getByRole('listitem').filter({ hasText: OLIVIA }).waitFor();
    expect(await section(vera.sidebar, 'To confirm').count()).toBe(0);
  }, 60_000);

  it('confirmed in Participants, the suggested attendee leaves People’s "to confirm" for the company’s attendees', async () => {
    const meetingUuid = newMeeting();
    const { sidebar } = await hostOnPeopleTab(meetingUuid);
    const toConfirm = section(sidebar, 'To confirm').getByRole('listitem').filter({ hasText: OLIVIA });
    await toConfirm.getByText(`Is this ${OLIVIA}?`).waitFor();

    await participant(sidebar, OLIVIA)
      .getByRole('button', { name: `Confirm that ${OLIVIA} is ${OLIVIA}` })
      .click();
    await participant(sidebar, OLIVIA).getByText(`In Gainsight: ${OLIVIA}`).waitFor();
    await section(sidebar, 'In this meeting').getByRole('listitem').filter({ hasText: OLIVIA }).getByText('Head of Customer Experience · Champion').waitFor();
    await expect.poll(() => section(sidebar, 'To confirm').count()).toBe(0);
    expect(await section(sidebar, 'Not in Gainsight yet').getByRole('listitem').filter({ hasText: OLIVIA }).count()).toBe(0);
  });
});
