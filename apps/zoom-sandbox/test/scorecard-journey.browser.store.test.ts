import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clientStateOf } from '../src/client/client-state.ts';
import { startDemoMeeting } from '../src/meetings/meetings.ts';
import { useProductInBrowser } from './support/browser-harness.ts';
import { chooseSuggestedCompany, openMeetingSidebar } from './support/meeting-sidebar.ts';

const harness = useProductInBrowser({ seeded: true });

const meetings = () => clientStateOf(harness.product().sandbox.state).meetings;
const overallScore = (sidebar: FrameLocator) => sidebar.getByTestId('overall-score').locator('.scorecard-score__primary').innerText();
const historyBars = (sidebar: FrameLocator) => sidebar.getByTestId('score-history').locator('.scorecard-history__bar');
const latestBar = (sidebar: FrameLocator) => historyBars(sidebar).last().getAttribute('data-score');
const measure = (sidebar: FrameLocator, name: string) => sidebar.getByRole('listitem').filter({ has: sidebar.getByRole('heading', { name, exact: true }) });

/** The user hosts a meeting of their own, picks the suggested company (Northwind) and opens Scorecard. */
async function openScorecard(email: string): Promise<{ page: Page; sidebar: FrameLocator }> {
  const meetingUuid = startDemoMeeting(meetings()).meetingUUID;
  const opened = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, { email, role: 'host', meetingUuid });
  const { sidebar } = opened;
  await chooseSuggestedCompany(sidebar, 'Northwind Traders');
  await sidebar.getByRole('tab', { name: 'Scorecard' }).click();
  await sidebar.getByTestId('overall-score').waitFor();
  return opened;
}

describe('the scorecard in the meeting (issue 6)', () => {
  it('a Full user updates a manual measure and sees the overall score and its history change', async () => {
    const { sidebar } = await openScorecard('alex@acme.example');
    expect(await historyBars(sidebar).count()).toBe(18);
    const overallBefore = await overallScore(sidebar);
    const barBefore = await latestBar(sidebar);

    const sentiment = measure(sidebar, 'CSM Sentiment');
    await sentiment.getByRole('button', { name: 'Update CSM Sentiment' }).click();
    const score = sentiment.getByLabel('Score (0–100)');
    // The same schema as the BFF's checks the form first: out of range never leaves the sidebar.
    await score.fill('150');
    await sentiment.getByRole('button', { name: 'Save' }).click();
    await sentiment.getByText('Enter a whole number from 0 to 100, or add a comment.').waitFor();

    const next = (await score.inputValue()) === '3' ? '97' : '3';
    await score.fill(next);
    await sentiment.getByLabel('Comment').fill('The champion moves on in Q1');
    await sentiment.getByRole('button', { name: 'Save' }).click();
    await sentiment.getByText('“The champion moves on in Q1”').waitFor();
    expect(await sentiment.locator('.scorecard-score__primary').innerText()).toBe(next);

    await expect.poll(() => overallScore(sidebar)).not.toBe(overallBefore);
    await expect.poll(() => latestBar(sidebar)).not.toBe(barBefore);
    expect(Number(await latestBar(sidebar))).toBe(Number(await overallScore(sidebar)));
    // The chart's values are also a table for screen readers.
    await sidebar.getByText('Show the values as a table').click();
    expect(await sidebar.getByRole('table').getByRole('row').last().innerText()).toContain(await overallScore(sidebar));
  });

  it('a Viewer sees the whole scorecard in both views and can change none of it, told why', async () => {
    const { sidebar } = await openScorecard('vera@acme.example');
    expect(await historyBars(sidebar).count()).toBe(18);
    expect(await sidebar.locator('.scorecard-measure').count()).toBeGreaterThan(4);
    await measure(sidebar, 'CSM Sentiment')
      .getByText(/Viewer licence cannot comment on scorecard measures/)
      .waitFor();
    await measure(sidebar, 'Product Adoption').getByText('Automated measures are scored by rules in Gainsight').waitFor();
    expect(await sidebar.getByRole('button', { name: /^(Update|Comment on) / }).count()).toBe(0);
    expect(await sidebar.getByRole('spinbutton').count()).toBe(0);

    const list = sidebar.getByRole('button', { name: 'List', exact: true });
    await list.click();
    expect(await list.getAttribute('aria-pressed')).toBe('true');
    expect(await sidebar.locator('.scorecard-measure--list').count()).toBeGreaterThan(4);
    expect(await sidebar.getByRole('button', { name: /^(Update|Comment on) / }).count()).toBe(0);
  });
});
