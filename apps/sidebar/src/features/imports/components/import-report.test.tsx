import type { ImportReport as Report } from '@c360/contracts';
import { describe, expect, it } from 'vitest';
import { renderMarkup, textOf } from '@/test/render-markup';
import { ImportReport } from './import-report';

const report: Report = {
  rows: 3,
  validRows: 1,
  errors: [
    { row: 3, column: 'Name', message: 'Give a name.' },
    { row: 4, column: '', message: 'The same ExternalId as row 2.' },
  ],
  errorCount: 2,
};

const many: Report = {
  rows: 60,
  validRows: 0,
  errors: Array.from({ length: 60 }, (_, index) => ({ row: index + 2, column: 'Email', message: 'Not an e-mail.' })),
  errorCount: 75,
};

describe('the check of an import file', () => {
  it('says the rows, those that can be imported, and each error by row and column, with the download', async () => {
    const html = await renderMarkup('en', <ImportReport report={report} object="companies" fileName="companies.csv" />);
    expect(textOf(html)).toBe(
      'Check of companies.csv Rows 3 Rows that can be imported 1 Errors 2 ' +
        'Row 3, Name: Give a name. Row 4: The same ExternalId as row 2. Download the errors as CSV',
    );
    // A region named by its heading, which takes focus so the result is read at once.
    expect(html).toMatch(/<section[^>]*aria-labelledby="([^"]+)"[^>]*><h3 id="\1" tabindex="-1"/);
  });

  it('shows the first 50 errors and counts the rest', async () => {
    const html = await renderMarkup('en', <ImportReport report={many} object="people" fileName="people.csv" />);
    expect(html.match(/<li>/g)).toHaveLength(50);
    expect(textOf(html)).toContain('Row 51, Email: Not an e-mail. and 25 more Download the errors as CSV');
  });

  it('says so when there are no errors, and offers no download', async () => {
    const clean = { rows: 2, validRows: 2, errors: [], errorCount: 0 };
    expect(textOf(await renderMarkup('en', <ImportReport report={clean} object="companies" fileName="a.csv" />))).toBe(
      'Check of a.csv Rows 2 Rows that can be imported 2 Errors 0 No errors found.',
    );
  });

  it('reads in Japanese', async () => {
    expect(textOf(await renderMarkup('ja', <ImportReport report={many} object="people" fileName="people.csv" />))).toMatch(
      /^people\.csv の確認結果 行数 60 インポートできる行 0 エラー 75 2 行目、Email: Not an e-mail\. .* ほか 25 件 エラーを CSV でダウンロード$/,
    );
  });
});
