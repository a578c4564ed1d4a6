import type { FrameLocator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useProductInBrowser } from './support/browser-harness.ts';
import { openMeetingSidebar } from './support/meeting-sidebar.ts';

const harness = useProductInBrowser({ seeded: true });

/** An integration's call of the domain API with the key, straight to the BFF (no browser, no cookie). */
const upsertCompany = (key: string, ExternalId: string, Name: string) =>
  fetch(new URL('/api/v1/companies', harness.product().bff.url), {
    method: 'POST',
    headers: { accesskey: key, 'Content-Type': 'application/json' },
    body: JSON.stringify({ records: [{ ExternalId, Name, Industry: 'Software' }] }),
  });

async function openMenuScreen(sidebar: FrameLocator, item: string) {
  await sidebar.getByRole('button', { name: 'More options' }).click();
  await sidebar.getByRole('menuitem', { name: item }).click();
  await sidebar.getByRole('heading', { name: item }).waitFor();
}

describe('the API access journey (issue 17): an admin makes a key, an integration upserts a company with it, the admin revokes it and exports', () => {
  it('alex creates a key from the ⋯ menu, sees it once, it works for the API until he revokes it, and he exports the data', async () => {
    const { sidebar } = await openMeetingSidebar(harness.newPage, harness.product().sandbox.url, { email: 'alex@acme.example' });
    await openMenuScreen(sidebar, 'API access');
    await sidebar.getByLabel('Name of the new API key').fill('Journey CRM');
    await sidebar.getByRole('button', { name: 'Create API key' }).click();
    const shown = sidebar.getByRole('textbox', { name: 'API key', exact: true });
    await shown.waitFor();
    const key = await shown.inputValue();
    expect(key).toMatch(/^c360_/);

    const res = await upsertCompany(key, 'journey-1', 'Journey Analytics');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ results: [{ index: 0, ExternalId: 'journey-1', status: 'created' }] });
    const { prisma } = harness.product().bff.store;
    expect(await prisma.company.count({ where: { externalId: 'journey-1', name: 'Journey Analytics' } })).toBe(1);

    // Once copied, the key is gone from the screen; the list shows the key as used.
    await sidebar.getByRole('button', { name: "I've copied it" }).click();
    expect(await shown.count()).toBe(0);
    await sidebar.getByRole('button', { name: 'Done' }).click();
    await openMenuScreen(sidebar, 'API access');
    const item = sidebar.getByRole('listitem').filter({ hasText: 'Journey CRM' });
    await expect.poll(async () => (await item.textContent()) ?? '').not.toContain('Never used');

    await item.getByRole('button', { name: 'Revoke' }).click();
    await sidebar.getByRole('button', { name: 'Revoke API key' }).click();
    await item.getByText('Revoked', { exact: true }).first().waitFor();
    expect((await upsertCompany(key, 'journey-2', 'Journey Two')).status).toBe(401);

    // ⋯ → Export: the ZIP link downloads the domain's data, the new company in it.
    await sidebar.getByRole('button', { name: 'Done' }).click();
    await openMenuScreen(sidebar, 'Export');
    const download = await sidebar.getByRole('link', { name: 'ZIP of CSV files' }).evaluate(async (link: HTMLAnchorElement) => {
      const answer = await fetch(link.href);
      return {
        status: answer.status,
        type: answer.headers.get('content-type'),
        disposition: answer.headers.get('content-disposition'),
        bytes: (await answer.arrayBuffer()).byteLength,
      };
    });
    expect(download).toMatchObject({
      status: 200,
      type: 'application/zip',
      disposition: expect.stringMatching(/^attachment; filename="c360-export-\d{4}-\d{2}-\d{2}\.zip"$/),
    });
    expect(download.bytes).toBeGreaterThan(1000);
  });
});
