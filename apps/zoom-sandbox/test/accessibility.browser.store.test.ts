import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ZOOM_USERS } from '../src/zoom-users.ts';
import { seriousViolations, sidebarFrame, type AxeFinding } from './support/accessibility.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { hostDemoMeeting, unfoldParticipants } from './support/meeting-sidebar.ts';
import { chooseSidebarLanguage, sidebarText, sizeAppFrame, visitSidebarScreens, type SidebarLanguage } from './support/sidebar-screens.ts';

// Signed out, the sidebar's first reads are answered 401 before it shows the sign-in.
const harness = useProductInBrowser({ seeded: true, expectedErrors: /status of 401/ });

const PANEL = { width: 360, height: 640 };

interface ScreenFindings {
  screen: string;
  findings: AxeFinding[];
}

/** axe's serious and critical findings on the screen the sidebar shows now, named for the report. */
const findingsOn = async (page: Page, screen: string): Promise<ScreenFindings> => ({ screen, findings: await seriousViolations(await sidebarFrame(page)) });

const withFindings = (screens: ScreenFindings[]) => screens.filter(({ findings }) => findings.length > 0);

describe('accessibility: axe finds nothing serious or critical on any screen, in English and Japanese', () => {
  it('the meeting, every tab and every ⋯ screen of the tenant admin', async () => {
    const screens: ScreenFindings[] = [];
    for (const language of ['en', 'ja'] as const) {
      // A meeting and a browser of its own per language, which starts on the tabs in English.
      const { page, sidebar } = await hostDemoMeeting(harness);
      await sizeAppFrame(page, PANEL);
      if (language === 'ja') await chooseSidebarLanguage(sidebar, 'en', 'ja');
      await unfoldParticipants(sidebar);
      screens.push(await findingsOn(page, `${language}: the meeting, unfolded`));
      await visitSidebarScreens(sidebar, language, async (screen) => {
        screens.push(await findingsOn(page, `${language}: ${screen.kind} ${screen.name}`));
      });
    }
    // Per language: the meeting, 6 tabs and 8 ⋯ screens.
    expect(screens).toHaveLength(30);
    expect(withFindings(screens)).toEqual([]);
  }, 300_000);

  it('each sign-in step', async () => {
    // Vera never finishes signing in here, so each language starts from the first step.
    const vera = ZOOM_USERS.find((user) => user.email === 'vera@acme.example')!;
    const screens: ScreenFindings[] = [];
    for (const language of ['en', 'ja'] as const) {
      const page = await harness.newPage();
      await page.goto(`${harness.product().sandbox.url}/client?${new URLSearchParams({ user: vera.id, open: '1' })}`);
      await sizeAppFrame(page, PANEL);
      const sidebar = page.frameLocator('#zc-app-frame');
      if (language === 'ja') {
        // The frame holds the sandbox's own page until the sidebar has loaded: its storage is another origin's.
        await sidebar.getByRole('button', { name: text('en', 'signIn.start.signIn'), exact: true }).waitFor();
        await (await sidebarFrame(page)).evaluate(() => localStorage.setItem('c360.language', 'ja'));
        await page.reload();
        await sizeAppFrame(page, PANEL);
      }
      await signInStepByStep(sidebar, language, async (step) => screens.push(await findingsOn(page, `${language}: sign-in ${step}`)));
    }
    expect(screens).toHaveLength(6);
    expect(withFindings(screens)).toEqual([]);
  }, 120_000);
});

const text = sidebarText;

/** The welcome, user-name and password steps, each checked before going on. */
async function signInStepByStep(sidebar: FrameLocator, language: SidebarLanguage, check: (step: string) => Promise<unknown>): Promise<void> {
  const start = sidebar.getByRole('button', { name: text(language, 'signIn.start.signIn'), exact: true });
  await start.waitFor();
  await check('welcome');
  await start.click();
  const username = sidebar.getByLabel(text(language, 'signIn.username.label'), { exact: true });
  await username.waitFor();
  await check('user name');
  await username.fill('vera@acme.example');
  await username.press('Enter');
  const password = sidebar.getByLabel(text(language, 'signIn.password.label'), { exact: true });
  await password.waitFor();
  await check('password');
}
