import type { ApiKeyView } from '@c360/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../../zoom-sandbox/test/support/accessibility';
import { signedInSession } from '../src/test/session';
import { sessionApi } from './support/bff-answers';
import { previewSidebar } from './support/sidebar-preview';

const app = previewSidebar('admin-data-test-dist', sessionApi(signedInSession({ admin: true })));

const NEW_KEY = 'c360_live_9Xq2mT7vKpL4sR8wZ3nB6yH1jF5dG0cA';

interface Write {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  body: unknown;
}

/** The BFF's `/api/admin/api-keys` for one page: one key to begin with; what the page writes is kept for the test. */
async function apiKeysApi(page: Page): Promise<Write[]> {
  const keys: ApiKeyView[] = [
    {
      id: '5b2a7d3f-9c4e-4f60-8b1c-2d3e4f5a6b7c',
      name: 'Zapier',
      prefix: 'c360_live_Ab3d',
      createdAt: '2026-11-02T08:00:00.000Z',
      lastUsedAt: '2026-12-05T14:05:00.000Z',
      revokedAt: null,
    },
  ];
  const writes: Write[] = [];
  await page.route('**/api/admin/api-keys**', async (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    if (request.method() === 'GET') return route.fulfill({ json: { keys } });
    const body: unknown = request.postData() ? request.postDataJSON() : undefined;
    writes.push({ method: request.method(), path, idempotencyKey: request.headers()['idempotency-key'], body });
    if (request.method() === 'POST') {
      const { name } = body as { name: string };
      const id = '4a1f6c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b';
      keys.unshift({ id, name, prefix: NEW_KEY.slice(0, 14), createdAt: '2026-12-06T09:00:00.000Z', lastUsedAt: null, revokedAt: null });
      return route.fulfill({ status: 201, json: { id, name, key: NEW_KEY } });
    }
    const revoked = keys.find((key) => path.endsWith(`/${key.id}`));
    if (revoked) revoked.revokedAt = '2026-12-06T09:05:00.000Z';
    return route.fulfill({ status: 204 });
  });
  return writes;
}

async function openScreen(page: Page, moreOptions: string, item: string) {
  await page.getByRole('button', { name: moreOptions }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent ?? ''}`.trim());
const storedText = (page: Page) => page.evaluate(() => Object.values(localStorage).join('\n') + Object.values(sessionStorage).join('\n'));
const wideContent = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('.admin-screen *'))
      .filter((element) => element.getBoundingClientRect().right > 360)
      .map((element) => element.outerHTML.slice(0, 80)),
  );

describe('⋯ → API access (tenant admins)', () => {
  it('creates a key shown once, with focus on it, copies it, forgets it, and revokes a key after asking', async () => {
    let writes: Write[] = [];
    const page = await app.open('en-US', async (page) => {
      writes = await apiKeysApi(page);
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openScreen(page, 'More options', 'API access');
    await page.getByRole('heading', { name: 'API access' }).waitFor();
    expect(await focused(page)).toBe('H2 API access');
    await page.getByText('Zapier').waitFor();

    // Nothing typed: the contract's check says why, before anything is sent.
    await page.getByRole('button', { name: 'Create API key' }).click();
    await page.getByText('Give the API key a name of up to 100 characters.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Name of the new API key' }).evaluate((input) => input === document.activeElement)).toBe(true);
    expect(writes).toEqual([]);

    await page.getByRole('textbox', { name: 'Name of the new API key' }).fill('Salesforce sync');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'API key “Salesforce sync” created' }).waitFor();
    expect(await focused(page)).toBe('H3 API key “Salesforce sync” created');
    expect(writes).toEqual([{ method: 'POST', path: '/api/admin/api-keys', idempotencyKey: expect.any(String), body: { name: 'Salesforce sync' } }]);
    expect(await page.getByRole('textbox', { name: 'API key', exact: true }).inputValue()).toBe(NEW_KEY);
    await page.getByText("It won't be shown again").waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Salesforce sync' }).getByText('Never used').waitFor();
    expect(await seriousViolations(page.mainFrame())).toEqual([]);
    expect(await wideContent(page)).toEqual([]);

    await page.getByRole('button', { name: 'Copy API key' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(NEW_KEY);
    expect(await storedText(page)).not.toContain(NEW_KEY);

    await page.getByRole('button', { name: "I've copied it" }).click();
    expect(await page.content()).not.toContain(NEW_KEY);
    expect(await page.getByRole('textbox', { name: 'Name of the new API key' }).evaluate((input) => input === document.activeElement)).toBe(true);

    const zapier = page.getByRole('listitem').filter({ hasText: 'Zapier' });
    await zapier.getByRole('button', { name: 'Revoke' }).click();
    await zapier.getByRole('group', { name: /Revoke “Zapier”\?/ }).waitFor();
    expect(await focused(page)).toBe('BUTTON Keep it');
    expect(await seriousViolations(page.mainFrame())).toEqual([]);
    await zapier.getByRole('button', { name: 'Revoke API key' }).click();
    await zapier.locator('.badge', { hasText: 'Revoked' }).waitFor();
    expect(await zapier.getByRole('button').count()).toBe(0);
    expect(writes[1]).toEqual({
      method: 'DELETE',
      path: '/api/admin/api-keys/5b2a7d3f-9c4e-4f60-8b1c-2d3e4f5a6b7c',
      idempotencyKey: expect.any(String),
      body: undefined,
    });
    expect(writes[1]!.idempotencyKey).not.toBe(writes[0]!.idempotencyKey);

    // Closed and opened again: the key is nowhere.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('tab').first().waitFor();
    await openScreen(page, 'More options', 'API access');
    await page.getByText('Zapier').waitFor();
    expect(await page.content()).not.toContain(NEW_KEY);
    expect(await storedText(page)).not.toContain(NEW_KEY);
  });

  it('reads in Japanese and stays accessible with the new key shown', async () => {
    const page = await app.open('ja-JP', async (page) => void (await apiKeysApi(page)));
    await openScreen(page, 'その他の操作', 'API アクセス');
    await page.getByRole('heading', { name: 'API アクセス' }).waitFor();
    await page.getByRole('textbox', { name: '新しい API キーの名前' }).fill('Salesforce 同期');
    await page.getByRole('button', { name: 'API キーを作成' }).click();
    await page.getByRole('heading', { name: 'API キー「Salesforce 同期」を作成しました' }).waitFor();
    await page.getByText('この API キーは二度と表示されません。', { exact: false }).waitFor();
    expect(await seriousViolations(page.mainFrame())).toEqual([]);
    expect(await wideContent(page)).toEqual([]);
  });
});

describe('⋯ → Export (tenant admins)', () => {
  it('says what is exported and downloads it as a ZIP of CSV files or as JSON lines', async () => {
    const page = await app.open('en-US');
    await openScreen(page, 'More options', 'Export');
    await page.getByRole('heading', { name: 'Export' }).waitFor();
    await page.getByText('in the columns the import reads').waitFor();
    for (const [name, href] of [
      ['ZIP of CSV files', '/api/admin/export?format=zip'],
      ['JSON lines', '/api/admin/export?format=jsonl'],
    ] as const) {
      const link = page.getByRole('link', { name });
      expect(await link.getAttribute('href')).toBe(href);
      expect(await link.getAttribute('download')).toBe('');
    }
    expect(await seriousViolations(page.mainFrame())).toEqual([]);
    expect(await wideContent(page)).toEqual([]);
  });

  it('reads in Japanese', async () => {
    const page = await app.open('ja-JP');
    await openScreen(page, 'その他の操作', 'エクスポート');
    await page.getByRole('link', { name: 'CSV ファイルの ZIP' }).waitFor();
    await page.getByRole('link', { name: 'JSON Lines' }).waitFor();
  });
});
