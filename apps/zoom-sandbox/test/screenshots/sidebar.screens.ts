// `pnpm screenshots`: every screen of the sidebar at Zoom's side-panel size, in English and Japanese, into
// docs/screenshots/ (run by vitest.screenshots.config.ts, never by `pnpm test`).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FrameLocator, Page } from 'playwright-core';
import { it } from 'vitest';
import { DEMO_CONVERSATIONS } from '../../src/speech/demo-conversations.ts';
import { ZOOM_USERS } from '../../src/zoom-users.ts';
import { sidebarFrame } from '../support/accessibility.ts';
import { useProductInBrowser } from '../support/browser-harness.ts';
import { commitmentsToggle, DEMO_PASSWORD, hostDemoMeeting, participantsToggle, unfoldParticipants } from '../support/meeting-sidebar.ts';
import { chooseSidebarLanguage, sidebarText, sizeAppFrame, visitSidebarScreens, type SidebarLanguage } from '../support/sidebar-screens.ts';

const OUT = fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url));
const PANEL = { width: 360, height: 720 };
const LANGUAGES = ['en', 'ja'] as const;

// Signed out, the sidebar's first reads are answered 401 before it shows the sign-in.
const harness = useProductInBrowser({ seeded: true, expectedErrors: /status of 401/ });

/** "Meeting log settings" → "meeting-log-settings". */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Writes the app frame as `<language>/<name>.png` (names follow the English run, so both languages pair up), in a
 * window tall enough that the client's meeting controls stay below the frame.
 */
async function shoot(page: Page, language: SidebarLanguage, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: PANEL.height + 200 });
  await page.locator('#zc-app-frame').screenshot({ path: `${OUT}${language}/${name}.png` });
}

// Someone who has not signed in yet in each language (the BFF resumes a Zoom user's sign-in).
const SIGN_IN_USER = { en: 'vera@acme.example', ja: 'paul@acme.example' } as const;

async function signInSteps(language: SidebarLanguage): Promise<void> {
  const email = SIGN_IN_USER[language];
  const zoomUser = ZOOM_USERS.find((user) => user.email === email)!;
  const page = await harness.newPage();
  await page.goto(`${harness.product().sandbox.url}/client?${new URLSearchParams({ user: zoomUser.id, open: '1' })}`);
  if (language === 'ja') {
    await (await sidebarFrame(page)).evaluate(() => localStorage.setItem('c360.language', 'ja'));
    await page.reload();
  }
  await sizeAppFrame(page, PANEL);
  const sidebar = page.frameLocator('#zc-app-frame');
  const text = (key: string) => sidebarText(language, key);
  const start = sidebar.getByRole('button', { name: text('signIn.start.signIn'), exact: true });
  await start.waitFor();
  await shoot(page, language, 'sign-in-1-start');
  await start.click();
  const username = sidebar.getByLabel(text('signIn.username.label'), { exact: true });
  await username.fill(email);
  await shoot(page, language, 'sign-in-2-user-name');
  await username.press('Enter');
  const password = sidebar.getByLabel(text('signIn.password.label'), { exact: true });
  await password.fill(DEMO_PASSWORD);
  await shoot(page, language, 'sign-in-3-password');
  await password.press('Enter');
  await sidebar.getByRole('button', { name: text('signIn.welcome.continue') }).waitFor();
  await shoot(page, language, 'sign-in-4-welcome');
}

async function meetingScreens(language: SidebarLanguage, names: string[]): Promise<void> {
  const { page, sidebar, meetingUuid } = await hostDemoMeeting(harness);
  await sizeAppFrame(page, PANEL);
  if (language === 'ja') await chooseSidebarLanguage(sidebar, 'en', 'ja');
  // Northwind's open follow-ups of its last QBR (the seed's), listed in the meeting bar.
  const commitments = commitmentsToggle(sidebar);
  await commitments.waitFor();
  await shoot(page, language, 'meeting-commitments');
  // Folded for the screens below, which keep the room they had.
  await commitments.click();
  await shoot(page, language, 'meeting-folded');
  await unfoldParticipants(sidebar);
  await shoot(page, language, 'meeting-unfolded');
  await participantsToggle(sidebar).click();
  let index = 0;
  await visitSidebarScreens(sidebar, language, async (screen) => {
    if (language === 'en') names.push(`${screen.kind}-${index + 1}-${slug(screen.name)}`);
    await shoot(page, language, names[index]!);
    index += 1;
  });
  await liveTranscript(page, sidebar, language, meetingUuid);
  await afterCallPanel(page, sidebar, language);
}

/** The host starts the live transcript (after its consent line) and the demo QBR plays in the screen's language. */
async function liveTranscript(page: Page, sidebar: FrameLocator, language: SidebarLanguage, meetingUuid: string): Promise<void> {
  // Back to the tabs (the last ⋯ screen closed), the meeting bar folded.
  await page.reload();
  await sizeAppFrame(page, PANEL);
  await sidebar.getByRole('tab').first().waitFor();
  await commitmentsToggle(sidebar).click();
  const live = sidebar.getByRole('region', { name: sidebarText(language, 'live.title') });
  await live.getByRole('button', { name: sidebarText(language, 'live.off') }).click();
  await live.getByRole('button', { name: sidebarText(language, 'live.start') }).waitFor();
  await shoot(page, language, 'live-consent');
  await live.getByRole('button', { name: sidebarText(language, 'live.start') }).click();
  await live.getByRole('button', { name: sidebarText(language, 'live.on') }).waitFor({ timeout: 15_000 });
  const { sandbox } = harness.product();
  const played = await fetch(`${sandbox.url}/client/api/meetings/${encodeURIComponent(meetingUuid)}/conversation`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ language, speed: 50 }),
  });
  if (!played.ok) throw new Error(`The demo conversation did not start: ${played.status}`);
  const last = DEMO_CONVERSATIONS[language].at(-1)!.text;
  await live.getByRole('log').getByText(last, { exact: true }).waitFor({ timeout: 30_000 });
  await shoot(page, language, 'live-transcript');
  // Further down the meeting bar: talk time per side, and who speaks now.
  await live.getByRole('region', { name: sidebarText(language, 'live.talkTime') }).scrollIntoViewIfNeeded();
  await shoot(page, language, 'live-talk-time');
}

async function afterCallPanel(page: Page, sidebar: FrameLocator, language: SidebarLanguage): Promise<void> {
  await page.reload();
  await sizeAppFrame(page, PANEL);
  await sidebar.getByRole('tab').first().waitFor();
  await page.getByRole('button', { name: 'End meeting' }).click();
  const panel = sidebar.getByRole('region', { name: sidebarText(language, 'meetingLog.panel.title') });
  await panel.waitFor({ timeout: 15_000 });
  await shoot(page, language, 'after-call-panel');
  // Further down: the summary of the conversation and the action items it proposes.
  const proposals = panel.getByRole('region', { name: sidebarText(language, 'ctas.proposed.title') });
  await proposals.scrollIntoViewIfNeeded();
  await shoot(page, language, 'after-call-proposals');
}

it('renders every screen at 360 × 720 in English and Japanese', async () => {
  const names: string[] = [];
  for (const language of LANGUAGES) {
    mkdirSync(`${OUT}${language}`, { recursive: true });
    await signInSteps(language);
    await meetingScreens(language, names);
  }
}, 900_000);
