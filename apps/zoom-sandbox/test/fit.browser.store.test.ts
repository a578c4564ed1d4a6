// The functions given to evaluate() run in the sidebar's page: they need the DOM's types.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_MEETING } from '@c360/c360/seed';
import { clientStateOf } from '../src/client/client-state.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { chooseSuggestedCompany, openMeetingSidebar, participantsToggle, unfoldParticipants } from './support/meeting-sidebar.ts';
import { chooseSidebarLanguage, sizeAppFrame, visitSidebarScreens, type SidebarLanguage } from './support/sidebar-screens.ts';

const harness = useProductInBrowser({ seeded: true });

// Zoom's side panel: 360 × 640 first, then the narrowest and shortest, and the widest and tallest.
const SIZES = [
  { width: 360, height: 640 },
  { width: 320, height: 560 },
  { width: 420, height: 900 },
];

interface Misfit {
  /** The document is taller (or wider) than the panel, so the header and tabs would scroll away: by what. */
  documentOverflow: string[];
  /** Tab labels cut inside their own tab. */
  clippedLabels: string[];
  /** Tabs only partly in the strip with no arrow on that side to bring them in. */
  unreachableTabs: string[];
  /** The selected tab is not wholly in view. */
  selectedHidden: boolean;
  bodyFontSize: number;
  /** Visible text under 13 px in the main text elements (tabs, titles, fields), or under 12 px anywhere (secondary lines). */
  smallText: string[];
}

/** What does not fit the sidebar's window as it is now laid out (run in the app frame). */
const misfitOf = (sidebar: FrameLocator): Promise<Misfit> =>
  sidebar.locator(':root').evaluate((root): Misfit => {
    const scrolling = document.scrollingElement ?? root;
    const px = (element: Element) => Number.parseFloat(getComputedStyle(element).fontSize);
    const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    const shown = (element: Element) => visible(element) && !element.closest('.visually-hidden, [aria-hidden="true"]');
    const ownText = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    const label = (element: Element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}" ${px(element)}px`;

    const tabs = [...document.querySelectorAll<HTMLElement>('[role="tab"]')];
    const strip = document.querySelector('[role="tablist"]');
    const stripBox = strip?.getBoundingClientRect();
    const arrows = strip?.parentElement ? [...strip.parentElement.querySelectorAll<HTMLElement>(':scope > button[aria-hidden="true"]')].filter(visible) : [];
    const arrowOn = (side: 'left' | 'right') =>
      arrows.some((arrow) => {
        const box = arrow.getBoundingClientRect();
        return stripBox !== undefined && (side === 'left' ? box.left <= stripBox.left + 1 : box.right >= stripBox.right - 1);
      });
    const inStrip = (tab: HTMLElement) => {
      const box = tab.getBoundingClientRect();
      return stripBox !== undefined && box.left >= stripBox.left - 1 && box.right <= stripBox.right + 1;
    };
    const unreachableTabs = tabs
      .filter((tab) => !inStrip(tab))
      .filter((tab) => !arrowOn(tab.getBoundingClientRect().left < (stripBox?.left ?? 0) + 1 ? 'left' : 'right'))
      .map((tab) => tab.textContent ?? '');
    const selected = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true');

    const mainText = '[role="tab"], h1, h2, h3, label, input, select, textarea';
    const smallText = [...document.body.querySelectorAll('*')]
      .filter((element) => shown(element) && (ownText(element) || element.matches('input, select, textarea')))
      .filter((element) => px(element) < (element.matches(mainText) ? 13 : 12))
      .map(label);

    return {
      documentOverflow: [
        ...(scrolling.scrollHeight > scrolling.clientHeight ? [`${scrolling.scrollHeight} px high in ${scrolling.clientHeight}`] : []),
        ...(scrolling.scrollWidth > scrolling.clientWidth
          ? [...document.body.querySelectorAll('*')]
              .filter((element) => element.getBoundingClientRect().right > scrolling.clientWidth + 1)
              .slice(0, 3)
              .map((element) => `${element.tagName.toLowerCase()}.${element.className} wider than ${scrolling.clientWidth} px`)
          : []),
      ],
      clippedLabels: tabs.filter((tab) => tab.scrollWidth > tab.clientWidth).map((tab) => tab.textContent ?? ''),
      unreachableTabs,
      selectedHidden: selected !== undefined && !inStrip(selected),
      bodyFontSize: px(document.body),
      smallText,
    };
  });

/** Lays the sidebar out at every size and expects each to fit; ends at the first size. */
async function expectFitsEverySize(page: Page, sidebar: FrameLocator, where: string): Promise<void> {
  for (const size of [...SIZES.slice(1), SIZES[0]!]) {
    await sizeAppFrame(page, size);
    // One frame for the layout (and the tab strip's arrows) to follow the new size.
    await sidebar.locator(':root').evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const { bodyFontSize, ...misfit } = await misfitOf(sidebar);
    const at = `${where} at ${size.width} × ${size.height}`;
    expect(bodyFontSize, at).toBeGreaterThanOrEqual(13);
    expect(misfit, at).toEqual({ documentOverflow: [], clippedLabels: [], unreachableTabs: [], selectedHidden: false, smallText: [] });
  }
}

describe('the sidebar fits a Zoom side panel: 320–420 px wide, 560–900 px high', () => {
  it.each<SidebarLanguage>(['en', 'ja'])(
    'in %s, every tab and ⋯ screen of alex (an admin) fits without a document scroll, clipped tabs or small text',
    async (language) => {
      const meetingUuid = startDemoMeeting(clientStateOf(harness.product().sandbox.state).meetings).meetingUUID;
      const { page, sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, {
        email: DEMO_MEETING.hostUsername,
        role: 'host',
        meetingUuid,
      });
      await page.setViewportSize({ width: 1280, height: 1000 });
      await chooseSuggestedCompany(sidebar, DEMO_MEETING.companyName);
      if (language === 'ja') await chooseSidebarLanguage(sidebar, 'en', 'ja');
      // The participant list open, the tabs still keep their room.
      await unfoldParticipants(sidebar);
      await expectFitsEverySize(page, sidebar, 'the meeting, unfolded');
      await participantsToggle(sidebar).click();

      const visited: string[] = [];
      await visitSidebarScreens(sidebar, language, async (screen) => {
        visited.push(screen.name);
        await expectFitsEverySize(page, sidebar, `${screen.kind} ${screen.name}`);
      });
      // alex sees the six tabs of a New 360 tenant and the eight ⋯ screens of an admin.
      expect(visited).toHaveLength(14);
    },
    300_000,
  );
});
