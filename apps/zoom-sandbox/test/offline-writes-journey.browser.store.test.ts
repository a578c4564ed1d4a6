import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_MEETING } from '@c360/c360/seed';
import { useProductInBrowser } from './support/browser-harness.ts';
import { hostDemoMeeting } from './support/meeting-sidebar.ts';
import { appFrame } from './support/sidebar-api.ts';

// While the BFF is down the sandbox's embedded browser answers 502, and the answer of the write the
// drop cut off never arrives: Chromium logs both, and the sidebar shows "waiting to send" instead.
const harness = useProductInBrowser({
  seeded: true,
  expectedErrors: /status of 502 \(Bad Gateway\)|net::ERR_(FAILED|CONNECTION_RESET|INCOMPLETE_CHUNKED_ENCODING)|EventSource/,
});

const measure = (sidebar: FrameLocator, name: string) => sidebar.getByRole('listitem').filter({ has: sidebar.getByRole('heading', { name, exact: true }) });

/** Stops the BFF listening (every open connection cut), as a crashed or restarting BFF would. */
function dropBff(): () => Promise<void> {
  const { server } = harness.product().bff;
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The BFF listens on no port.');
  server.close();
  server.closeAllConnections();
  return () => new Promise((resolve) => server.listen(address.port, '127.0.0.1', () => resolve()));
}

/**
 * The first `method` request to `glob` reaches the BFF (and is stored), then the BFF drops before its answer
 * gets back. `backOnline` waits for a re-send the BFF's absence refused (502), brings the BFF back and tells
 * the page the connection is back.
 */
async function loseFirstAnswer(page: Page, glob: string, method: string, isUrl: (url: string) => boolean) {
  let bringBack: (() => Promise<void>) | undefined;
  await page.route(glob, async (route) => {
    if (bringBack || route.request().method() !== method) return route.continue();
    const answer = await route.fetch();
    expect(answer.status()).toBeLessThan(300);
    bringBack = dropBff();
    await route.abort('connectionreset');
  });
  const refused = page.waitForResponse((response) => isUrl(response.url()) && response.status() === 502);
  return {
    async backOnline() {
      await refused;
      await bringBack!();
      await (await appFrame(page)).evaluate("window.dispatchEvent(new Event('online'))");
    },
  };
}

describe('a write made while the BFF is down (issue 13)', () => {
  it('is kept as "waiting to send" and lands once when the BFF is back, though the drop cut off its first answer', async () => {
    const { page, sidebar } = await hostDemoMeeting(harness);
    const { prisma } = harness.product().bff.store;
    await sidebar.getByRole('tab', { name: 'Scorecard' }).click();
    const sentiment = measure(sidebar, 'CSM Sentiment');
    await sentiment.getByRole('button', { name: 'Update CSM Sentiment' }).click();
    const score = sentiment.getByLabel('Score (0–100)');
    const next = (await score.inputValue()) === '7' ? '93' : '7';
    const comment = `Queued while offline ${Math.random().toString(36).slice(2, 8)}`;
    await score.fill(next);
    await sentiment.getByLabel('Comment').fill(comment);

    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes('/scorecard/measures/')) keys.push(request.headers()['idempotency-key'] ?? '');
    });
    const drop = await loseFirstAnswer(page, '**/scorecard/measures/**', 'PUT', (url) => url.includes('/scorecard/measures/'));
    await sentiment.getByRole('button', { name: 'Save' }).click();

    const waiting = sentiment.getByRole('status').filter({ hasText: 'Waiting to send' });
    await waiting.waitFor({ timeout: 15_000 });
    expect(await sentiment.getByRole('button', { name: 'Saving…' }).count()).toBe(1);
    // The re-sends while the BFF is down are refused (502) and keep the write queued, in storage too.
    const frame = await appFrame(page);
    await expect
      .poll(() =>
        frame.evaluate<string>("Object.keys(localStorage).filter((key) => key.startsWith('c360.writes:')).map((key) => localStorage.getItem(key)).join('')"),
      )
      .toContain(comment);

    const landed = page.waitForResponse((response) => response.url().includes('/scorecard/measures/') && response.status() === 200);
    await drop.backOnline();
    await landed;
    await waiting.waitFor({ state: 'detached' });
    await sentiment.getByText(`“${comment}”`).waitFor();
    expect(await sentiment.locator('.scorecard-score__primary').innerText()).toBe(next);

    // Sent again and again with one Idempotency-Key, changed once: one history row with this comment.
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(new Set(keys).size).toBe(1);
    expect(await prisma.scoreHistory.count({ where: { comment } })).toBe(1);
    expect(await prisma.idempotencyRecord.count({ where: { idempotencyKey: keys[0]! } })).toBe(1);
    expect(
      await frame.evaluate<string>(
        "Object.keys(localStorage).filter((key) => key.startsWith('c360.writes:')).map((key) => localStorage.getItem(key)).join('')",
      ),
    ).toBe('[]');
  }, 120_000);

  it('the after-call Save: kept while the BFF is down, logged once when it is back', async () => {
    const { page, sidebar, meetingUuid } = await hostDemoMeeting(harness);
    const { prisma } = harness.product().bff.store;
    await page.getByRole('button', { name: 'End meeting' }).click();
    const panel = sidebar.getByRole('region', { name: 'The meeting has ended' });
    await panel.waitFor({ timeout: 15_000 });
    const subject = `Saved offline ${Math.random().toString(36).slice(2, 8)}`;
    await panel.getByLabel('Subject', { exact: true }).fill(subject);

    const drop = await loseFirstAnswer(page, '**/api/meeting-logs/**', 'POST', (url) => url.includes('/api/meeting-logs/'));
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Waiting to send' }).waitFor({ timeout: 15_000 });
    await drop.backOnline();
    await panel.waitFor({ state: 'detached', timeout: 15_000 });
    await sidebar.getByRole('article', { name: subject }).waitFor({ timeout: 15_000 });
    expect(await prisma.activity.count({ where: { meetingUuid, status: 'LOGGED' } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { type: 'meeting.logged', meetingUuid } })).toBe(1);
  }, 120_000);

  it('a comment made while the BFF is down is kept through a reload and sent once after it', async () => {
    const { page, sidebar } = await hostDemoMeeting(harness);
    const { prisma } = harness.product().bff.store;
    // Named by its subject: after the reload another activity (a meeting's draft) may come first.
    const subject = await sidebar.getByRole('article').first().getByRole('heading').innerText();
    const article = sidebar.getByRole('article', { name: subject, exact: true }).first();
    await article.getByRole('button', { name: /comments?$/ }).click();
    const body = `Written offline ${Math.random().toString(36).slice(2, 8)}`;
    await article.getByLabel('Add a comment').fill(body);

    const bringBack = dropBff();
    await article.getByRole('button', { name: 'Comment', exact: true }).click();
    await article.getByRole('status').filter({ hasText: 'Waiting to send' }).waitFor({ timeout: 15_000 });

    // The BFF is back for the page, but not yet for the comment: the reload finds it in storage.
    await bringBack();
    await page.route('**/comments', (route) => route.abort());
    await (await appFrame(page)).evaluate('location.reload()');
    await sidebar.getByRole('tab', { name: 'Timeline' }).waitFor({ timeout: 15_000 });
    const sent = page.waitForResponse((response) => response.url().endsWith('/comments') && response.status() === 201);
    await page.unroute('**/comments');
    await (await appFrame(page)).evaluate("window.dispatchEvent(new Event('online'))");
    await sent;
    await expect.poll(() => prisma.activityComment.count({ where: { body } })).toBe(1);
    // The timeline refetches after the send; an entry drawn again meanwhile has its comments folded once more.
    const toggle = article.getByRole('button', { name: /comments?$/ });
    await expect
      .poll(
        async () => {
          if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
          return article.getByText(body).isVisible();
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(await prisma.activityComment.count({ where: { body } })).toBe(1);
  }, 120_000);

  it('a person added as the BFF drops is added once when it is back', async () => {
    const { page, sidebar } = await hostDemoMeeting(harness);
    const { prisma } = harness.product().bff.store;
    const { displayName } = DEMO_MEETING.unknownAttendee;
    await sidebar.getByRole('tab', { name: 'People' }).click();
    await sidebar.getByRole('button', { name: `Add as person: ${displayName}` }).click();
    const form = sidebar.getByRole('form', { name: `Add ${displayName} as person` });
    const email = `jordan.${Math.random().toString(36).slice(2, 8)}@outlook.example`;
    await form.getByLabel('E-mail').fill(email);

    const drop = await loseFirstAnswer(page, '**/api/people', 'POST', (url) => url.endsWith('/api/people'));
    await form.getByRole('button', { name: 'Add person' }).click();
    await form.getByRole('status').filter({ hasText: 'Waiting to send' }).waitFor({ timeout: 15_000 });
    await drop.backOnline();
    await sidebar
      .getByRole('list', { name: 'In this meeting', exact: true })
      .getByRole('listitem')
      .filter({ hasText: displayName })
      .waitFor({ timeout: 15_000 });
    expect(await prisma.person.count({ where: { email } })).toBe(1);
    const person = await prisma.person.findFirstOrThrow({ where: { email } });
    expect(await prisma.auditEvent.count({ where: { type: 'person.added', data: { path: ['personId'], equals: person.id } } })).toBe(1);
  }, 120_000);

  it('a follow-up CTA added as the BFF drops is created once when it is back', async () => {
    const { page, sidebar } = await hostDemoMeeting(harness);
    const { prisma } = harness.product().bff.store;
    await page.getByRole('button', { name: 'End meeting' }).click();
    const panel = sidebar.getByRole('region', { name: 'The meeting has ended' });
    await panel.waitFor({ timeout: 15_000 });
    const task = `Send the offline proposal ${Math.random().toString(36).slice(2, 8)}`;
    await sidebar.getByLabel('Task', { exact: true }).fill(task);

    const drop = await loseFirstAnswer(page, '**/api/ctas', 'POST', (url) => url.endsWith('/api/ctas'));
    await sidebar.getByRole('button', { name: 'Add follow-up' }).click();
    await panel.getByRole('status').filter({ hasText: 'Waiting to send' }).waitFor({ timeout: 15_000 });
    await drop.backOnline();
    await sidebar
      .getByRole('status')
      .filter({ hasText: `Added “To-Do: ${task}”` })
      .waitFor({ timeout: 15_000 });
    expect(await prisma.cta.count({ where: { subject: `To-Do: ${task}` } })).toBe(1);
    const cta = await prisma.cta.findFirstOrThrow({ where: { subject: `To-Do: ${task}` } });
    expect(await prisma.auditEvent.count({ where: { type: 'cta.created', data: { path: ['ctaId'], equals: cta.id } } })).toBe(1);
  }, 120_000);

  it('an attribute edited as the BFF drops is changed once (one new version) when it is back', async () => {
    const { page, sidebar } = await hostDemoMeeting(harness);
    const { prisma } = harness.product().bff.store;
    const northwind = await prisma.company.findFirstOrThrow({ where: { name: 'Northwind Traders' } });
    const audits = () => prisma.auditEvent.count({ where: { type: 'attributes.updated', companyId: northwind.id } });
    const auditsBefore = await audits();
    await sidebar.getByRole('tab', { name: 'Attributes' }).click();
    await sidebar.getByRole('button', { name: 'Edit ARR' }).click();
    const amount = sidebar.getByLabel('ARR (USD)', { exact: true });
    const field = sidebar.getByRole('listitem').filter({ has: amount });
    await amount.fill(String(100_000 + Math.floor(Math.random() * 800_000)));

    const drop = await loseFirstAnswer(page, '**/attributes', 'PATCH', (url) => url.endsWith('/attributes'));
    await field.getByRole('button', { name: 'Save' }).click();
    await field.getByRole('status').filter({ hasText: 'Waiting to send' }).waitFor({ timeout: 15_000 });
    await drop.backOnline();
    await amount.waitFor({ state: 'detached', timeout: 15_000 });
    expect((await prisma.company.findUniqueOrThrow({ where: { id: northwind.id } })).version).toBe(northwind.version + 1);
    expect(await audits()).toBe(auditsBefore + 1);
  }, 120_000);
});
