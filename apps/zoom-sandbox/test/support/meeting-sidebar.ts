import type { FrameLocator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { clientStateOf } from '../../src/client/client-state.ts';
import { startDemoMeeting } from '../../src/meetings/meetings.ts';
import { ZOOM_USERS } from '../../src/zoom-users.ts';
import type { RunningProduct } from './product.ts';

/** The seed's password of every demo user. */
export const DEMO_PASSWORD = 'zoom-demo-2026';

export interface MeetingSidebar {
  page: Page;
  /** The sidebar inside the client's app frame. */
  sidebar: FrameLocator;
}

export interface OpenMeetingSidebarOptions {
  /** The Zoom (and Gainsight) user's e-mail, e.g. `alex@acme.example`. */
  email: string;
  /** The user's role in the meeting. */
  role?: 'host' | 'cohost' | 'attendee';
  /** A meeting of the sandbox's state (e.g. from `startDemoMeeting`); the default meeting otherwise. */
  meetingUuid?: string;
}

const zoomUserIdOf = (email: string): string => {
  const user = ZOOM_USERS.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`No sandbox Zoom user has the e-mail ${email}.`);
  return user.id;
};

/**
 * Opens the sandbox's meeting client as that Zoom user, with the real sidebar in its app frame, and
 * signs the sidebar in to Gainsight with the same e-mail unless the BFF already resumed a sign-in.
 * Ends on the Timeline tab.
 */
export async function openMeetingSidebar(newPage: () => Promise<Page>, sandboxUrl: string, options: OpenMeetingSidebarOptions): Promise<MeetingSidebar> {
  const page = await newPage();
  const query = new URLSearchParams({
    user: zoomUserIdOf(options.email),
    open: '1',
    ...(options.role ? { role: options.role } : {}),
    ...(options.meetingUuid ? { meeting: options.meetingUuid } : {}),
  });
  await page.goto(`${sandboxUrl}/client?${query}`);
  const sidebar = page.frameLocator('#zc-app-frame');
  const tabs = sidebar.getByRole('tab', { name: 'Timeline' });
  const signIn = sidebar.getByRole('button', { name: 'Sign in', exact: true });
  await signIn.or(tabs).first().waitFor();
  if (!(await tabs.isVisible())) {
    await signIn.click();
    const username = sidebar.getByLabel('User name', { exact: true });
    await username.fill(options.email);
    await username.press('Enter');
    const password = sidebar.getByLabel('Password', { exact: true });
    await password.fill(DEMO_PASSWORD);
    await password.press('Enter');
    await sidebar.getByRole('button', { name: 'Continue' }).click();
    await tabs.waitFor();
  }
  return { page, sidebar };
}

/** The header's company/relationship picker. */
export const subjectPicker = (sidebar: FrameLocator) => sidebar.getByRole('combobox', { name: 'Search companies and relationships' });

/**
 * Chooses the meeting's suggested company in the picker with the keyboard, as a user would once the host's
 * roster has been matched (it is listed first, marked "Suggested"), unless the sidebar chose it by itself
 * (then its toast is dismissed); resolves once the choice shows.
 */
export async function chooseSuggestedCompany(sidebar: FrameLocator, name: string): Promise<void> {
  const picker = subjectPicker(sidebar);
  await picker.focus();
  const suggestion = new RegExp(`^${name}\\s*Suggested`);
  // The sidebar chooses the roster's only company by itself (issue 15): then there is nothing to pick.
  const state = async () =>
    (await picker.inputValue()) === name
      ? 'chosen'
      : suggestion.test(
            await sidebar
              .getByRole('option')
              .first()
              .innerText({ timeout: 500 })
              .catch(() => ''),
          )
        ? 'listed'
        : 'waiting';
  await expect.poll(state, { timeout: 15_000 }).not.toBe('waiting');
  if ((await state()) === 'listed') {
    await picker.press('ArrowDown');
    await picker.press('Enter');
  } else {
    await picker.press('Escape');
    await dismissToast(sidebar, `${name} chosen for this meeting`);
  }
  await expect.poll(() => picker.inputValue()).toBe(name);
}

/** Dismisses the toast saying `text`, if it shows, so it covers nothing the journey clicks next. */
export async function dismissToast(sidebar: FrameLocator, text: string): Promise<void> {
  const toast = sidebar.getByRole('region', { name: 'Notifications' }).locator('.toast').filter({ hasText: text });
  await toast
    .getByRole('button', { name: 'Dismiss' })
    .click({ timeout: 2_000 })
    .catch(() => undefined);
}

export interface HostedMeeting extends MeetingSidebar {
  meetingUuid: string;
}

/**
 * Alex hosts a fresh meeting of the sandbox (its demo guests, nobody else's activities in it) and picks
 * its suggested company, Northwind Traders, in the picker.
 */
export async function hostDemoMeeting(harness: { product: () => RunningProduct; newPage: () => Promise<Page> }): Promise<HostedMeeting> {
  const { sandbox } = harness.product();
  const meetingUuid = startDemoMeeting(clientStateOf(sandbox.state).meetings).meetingUUID;
  const { page, sidebar } = await openMeetingSidebar(harness.newPage, sandbox.url, { email: 'alex@acme.example', role: 'host', meetingUuid });
  await chooseSuggestedCompany(sidebar, 'Northwind Traders');
  return { page, sidebar, meetingUuid };
}

/** The folded meeting's one line ("5 in the call · …"), a disclosure button over the participant list (en or ja). */
export const participantsToggle = (sidebar: FrameLocator) => sidebar.getByRole('region', { name: /^(Participants|参加者)$/ }).locator('button[aria-expanded]');

/** The meeting bar's "Open commitments (n)" line, a disclosure button over the list (en or ja). */
export const commitmentsToggle = (sidebar: FrameLocator) => sidebar.getByRole('button', { name: /^(Open commitments \(|未完了の約束（)/ });

/**
 * Opens the participant list and keeps it open: it folds by default once a company is chosen, and a
 * toggle by the user overrides that for the rest of the page, so the click below pins it open.
 */
export async function unfoldParticipants(sidebar: FrameLocator): Promise<void> {
  const toggle = participantsToggle(sidebar);
  let clicked = false;
  await expect
    .poll(
      async () => {
        if (!clicked || (await toggle.getAttribute('aria-expanded')) !== 'true') {
          await toggle.click();
          clicked = true;
        }
        return toggle.getAttribute('aria-expanded');
      },
      { timeout: 15_000 },
    )
    .toBe('true');
}

/** A participant's line in the (unfolded) participant list. */
export const participantItem = (sidebar: FrameLocator, name: string) =>
  sidebar
    .getByRole('list', { name: /^Participants/ })
    .getByRole('listitem')
    .filter({ hasText: name });
