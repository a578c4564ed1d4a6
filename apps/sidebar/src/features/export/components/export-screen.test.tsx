import { describe, expect, it } from 'vitest';
import { renderMarkup, textOf } from '@/test/render-markup';
import { ExportScreen } from './export-screen';

describe('the export screen', () => {
  it('says what is exported and links both formats as same-origin downloads', async () => {
    const html = await renderMarkup('en', <ExportScreen onClose={() => undefined} />);
    expect(textOf(html)).toBe(
      'Export Done ' +
        "Download all of this domain's companies, relationships, people, attributes, scorecards, CTAs, support tickets and timeline activities, in the columns the import reads. " +
        'ZIP of CSV files JSON lines',
    );
    expect(html).toContain('<a class="button" href="/api/admin/export?format=zip" download="">ZIP of CSV files</a>');
    expect(html).toContain('<a class="button" href="/api/admin/export?format=jsonl" download="">JSON lines</a>');
  });

  it('reads in Japanese', async () => {
    expect(textOf(await renderMarkup('ja', <ExportScreen onClose={() => undefined} />))).toBe(
      'エクスポート 完了 ' +
        'このドメインの企業、リレーションシップ、個人、属性、スコアカード、CTA、サポートの問い合わせ、タイムラインのアクティビティをすべて、インポートで読み込める列のままダウンロードします。 ' +
        'CSV ファイルの ZIP JSON Lines',
    );
  });
});
