import { describe, expect, it } from 'vitest';
import { clientStateOf } from '../src/client/client-state.ts';
import { defaultMeeting } from '../src/meetings/meetings.ts';
import { addParticipant } from '../src/meetings/participants.ts';
import { seriousViolations } from './support/accessibility.ts';
import { useProductInBrowser } from './support/browser-harness.ts';

// Without capture started, the meeting has no RTMS stream: the say route answers 409, which Chromium logs.
const harness = useProductInBrowser({ expectedErrors: /status of 409/ });

describe('the meeting client’s Speech panel', () => {
  it('says a line as a participant from the keyboard, and plays and stops the demo conversation', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.product().sandbox.url}/client`);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Speech' }).click();

    const emma = page.getByLabel('Emma Clark says', { exact: true });
    await emma.fill("We'll get back to you next week.");
    await emma.press('Enter');
    await page.getByRole('status').filter({ hasText: 'No RTMS stream is running for this meeting' }).waitFor();
    expect(await page.getByRole('button', { name: 'Say as Jordan Blake' }).isVisible()).toBe(true);

    // Someone joins while Liam's line is being typed: the new box appears, the typing goes on undisturbed.
    const liam = page.getByLabel('Liam Nguyen says', { exact: true });
    await liam.fill('Could you send us the metadata');
    const { meetings } = clientStateOf(harness.product().sandbox.state);
    addParticipant(meetings, defaultMeeting(meetings).meetingUUID, { screenName: 'Grace Hopper' });
    await page.getByLabel('Grace Hopper says', { exact: true }).waitFor();
    expect(await liam.inputValue()).toBe('Could you send us the metadata');
    expect(await liam.evaluate((input) => input === document.activeElement)).toBe(true);

    await page.getByLabel('Conversation language').selectOption('ja');
    await page.getByLabel('Speed').selectOption('10');
    await page.getByRole('button', { name: 'Play demo conversation' }).click();
    await page.getByRole('status').filter({ hasText: 'Playing the demo conversation (30 lines).' }).waitFor();
    await page.getByRole('button', { name: 'Stop demo conversation' }).click();
    await page.getByRole('status').filter({ hasText: 'Stopped the demo conversation.' }).waitFor();

    expect(await seriousViolations(page.mainFrame())).toEqual([]);
  });
});
