import { describe, expect, it } from 'vitest';
import { renderMarkup, textOf } from '@/test/render-markup';
import { CreatedApiKeyPanel } from './created-api-key-panel';

const created = { id: '4a1f6c2e-8b3d-4e5f-9a0b-1c2d3e4f5a6b', name: 'Salesforce sync', key: 'c360_live_9Xq2mT7vKpL4sR8wZ3nB6yH1jF5dG0cA' };

describe('the new API key', () => {
  it('is shown once, in a labelled read-only field, under a warning that it will not be shown again, with Copy and done', async () => {
    const html = await renderMarkup('en', <CreatedApiKeyPanel created={created} onDone={() => undefined} />);
    expect(textOf(html)).toBe(
      'API key “Salesforce sync” created ' +
        "Copy the API key now and keep it somewhere safe. It won't be shown again: if it is lost, revoke it and create another. " +
        'Integrations send it in an accesskey header (or as Authorization: Bearer). ' +
        "API key Copy API key I've copied it",
    );
    expect(html).toMatch(
      /<label for="([^"]+)"[^>]*>API key<\/label><div class="api-keys__key-row"><input id="\1"[^>]*readOnly=""[^>]*value="c360_live_9Xq2mT7vKpL4sR8wZ3nB6yH1jF5dG0cA"/,
    );
    // The panel is a region named by its heading, which takes focus (tabindex -1) so the warning is read first.
    expect(html).toMatch(/<section[^>]*aria-labelledby="([^"]+)"[^>]*><h3 id="\1" tabindex="-1"/);
    expect(html).toContain('role="status"');
  });

  it('warns in Japanese', async () => {
    expect(textOf(await renderMarkup('ja', <CreatedApiKeyPanel created={created} onDone={() => undefined} />))).toBe(
      'API キー「Salesforce sync」を作成しました ' +
        '今すぐ API キーをコピーして、安全な場所に保管してください。この API キーは二度と表示されません。紛失した場合は失効させて、新しく作成してください。 ' +
        '連携からは accesskey ヘッダー（または Authorization: Bearer）で送信します。 ' +
        'API キー API キーをコピー コピーしたので閉じる',
    );
  });
});
