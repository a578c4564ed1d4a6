import type { ApiKeyView } from '@c360/contracts';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderMarkup, textOf } from '@/test/render-markup';
import { ApiKeyList } from './api-key-list';

const used: ApiKeyView = {
  id: '4a1f6c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b',
  name: 'Salesforce sync',
  prefix: 'c360_live_9Xq2',
  createdAt: '2026-12-01T09:30:00.000Z',
  lastUsedAt: '2026-12-05T14:05:00.000Z',
  revokedAt: null,
};
const revoked: ApiKeyView = {
  id: '5b2a7d3f-9c4e-4f60-8b1c-2d3e4f5a6b7c',
  name: 'Old script',
  prefix: 'c360_live_Ab3d',
  createdAt: '2026-11-02T08:00:00.000Z',
  lastUsedAt: null,
  revokedAt: '2026-11-20T10:00:00.000Z',
};

// The rows' revoke uses the write queue, which listens for the browser coming back online.
beforeAll(() => {
  vi.stubGlobal('window', new EventTarget());
});

describe('the API key list', () => {
  it('shows each key by name with its first characters, when created and last used, and a Revoke button named by the key', async () => {
    const html = await renderMarkup('en', <ApiKeyList keys={[used]} />);
    expect(textOf(html)).toBe(
      `Salesforce sync Starts with c360_live_9Xq2… Created ${time('en', used.createdAt)} Last used ${time('en', used.lastUsedAt!)} Revoke`,
    );
    expect(html).toMatch(/<p id="([^"]+)"[^>]*class="api-key__name">[\s\S]*<button[^>]*aria-describedby="\1"/);
  });

  it('marks a revoked key, says when, and offers no Revoke', async () => {
    const html = await renderMarkup('en', <ApiKeyList keys={[revoked]} />);
    expect(textOf(html)).toBe(
      `Old script Revoked Starts with c360_live_Ab3d… Created ${time('en', revoked.createdAt)} Last used Never used Revoked ${time('en', revoked.revokedAt!)}`,
    );
    expect(html).not.toContain('<button');
  });

  it('reads in Japanese', async () => {
    expect(textOf(await renderMarkup('ja', <ApiKeyList keys={[revoked, used]} />))).toBe(
      `Old script 失効済み 先頭の文字 c360_live_Ab3d… 作成日時 ${time('ja', revoked.createdAt)} 最終使用日時 未使用 失効日時 ${time('ja', revoked.revokedAt!)} ` +
        `Salesforce sync 先頭の文字 c360_live_9Xq2… 作成日時 ${time('ja', used.createdAt)} 最終使用日時 ${time('ja', used.lastUsedAt!)} 失効させる`,
    );
  });

  it('says when there are none', async () => {
    expect(textOf(await renderMarkup('en', <ApiKeyList keys={[]} />))).toBe('No API keys yet.');
    expect(textOf(await renderMarkup('ja', <ApiKeyList keys={[]} />))).toBe('API キーはまだありません。');
  });
});

function time(language: string, iso: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
