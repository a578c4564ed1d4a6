import type { ImportPreview } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { renderMarkup, textOf } from '@/test/render-markup';
import { chosenFields, ImportColumnMapping } from './import-column-mapping';

const preview: ImportPreview = {
  columns: [
    { name: 'Account ID', field: 'ExternalId', sample: ['crm-1', 'crm-2'] },
    { name: 'Name', field: 'Name', sample: ['Kestrel', 'Osprey'] },
    { name: 'Notes', field: null, sample: ['call back', ''] },
  ],
  rows: [
    ['crm-1', 'Kestrel', 'call back'],
    ['crm-2', 'Osprey', ''],
  ],
  fields: [
    { name: 'ExternalId', required: true },
    { name: 'Name', required: true },
    { name: 'Industry', required: false },
  ],
};

const render = (language: 'en' | 'ja') =>
  renderMarkup(language, <ImportColumnMapping preview={preview} fields={chosenFields(preview, {})} onChange={() => undefined} />);

describe('the columns of an import file', () => {
  it('shows the first rows under the file header, then a select per column holding the proposed field', async () => {
    const html = await render('en');
    expect(textOf(html)).toMatch(
      /^Columns Account ID Name Notes crm-1 Kestrel call back crm-2 Osprey Choose the field each column of the file is read as\..* Account ID Don't import ExternalId \(required\) Name \(required\) Industry Name /,
    );
    // The table scrolls inside the panel, a region named for what it shows and reachable by keyboard.
    expect(html).toMatch(/<div class="imports__preview" role="region" aria-label="The file&#x27;s first 2 rows" tabindex="0"><table/);
    expect(html).toMatch(/<th scope="col">Account ID<\/th>/);
    // Each select named by its column, the proposal chosen; a column with no field is not imported.
    const selects = [...html.matchAll(/<label for="([^"]+)"[^>]*>([^<]+)<\/label><select id="\1"[^>]*>(.*?)<\/select>/g)];
    expect(selects.map(([, , label, options]) => [label, /<option value="([^"]*)" selected="">/.exec(options!)?.[1]])).toEqual([
      ['Account ID', 'ExternalId'],
      ['Name', 'Name'],
      ['Notes', ''],
    ]);
  });

  it('reads in Japanese', async () => {
    const text = textOf(await render('ja'));
    expect(text).toContain('列 Account ID');
    expect(text).toContain('インポートしない ExternalId（必須） Name（必須） Industry');
    expect(await render('ja')).toContain('aria-label="ファイルの最初の 2 行"');
  });

  it("keeps the admin's choice over the proposal, a column each", () => {
    expect(chosenFields(preview, { Notes: 'Industry', 'Account ID': null })).toEqual({ 'Account ID': null, Name: 'Name', Notes: 'Industry' });
  });
});
