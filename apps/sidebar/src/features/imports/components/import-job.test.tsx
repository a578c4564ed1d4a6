import type { ImportJob } from '@c360/contracts';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderMarkup, textOf } from '@/test/render-markup';
import { ImportList } from './import-list';
import { ImportJobPanel } from './import-progress';

const running: ImportJob = {
  id: 'job-2',
  object: 'people',
  state: 'RUNNING',
  rowsTotal: 400,
  rowsDone: 100,
  created: 90,
  updated: 8,
  unchanged: 0,
  errors: [{ row: 7, column: 'Email', message: 'Not an e-mail.' }],
  errorCount: 2,
  createdAt: '2026-12-06T09:30:00.000Z',
  finishedAt: null,
};
const done: ImportJob = {
  ...running,
  id: 'job-1',
  object: 'companies',
  state: 'DONE',
  rowsTotal: 3,
  rowsDone: 3,
  created: 1,
  updated: 1,
  unchanged: 0,
  errors: [{ row: 4, column: 'Name', message: 'Give a name.' }],
  errorCount: 1,
  createdAt: '2026-12-05T14:05:00.000Z',
  finishedAt: '2026-12-05T14:05:02.000Z',
};

// Cancel uses the write queue, which listens for the browser coming back online.
beforeAll(() => {
  vi.stubGlobal('window', new EventTarget());
});

describe('an import on its way', () => {
  it('shows a progress bar of rows done of rows total, the errors so far, and Cancel', async () => {
    const html = await renderMarkup('en', <ImportJobPanel job={running} focus={false} />);
    expect(textOf(html)).toBe('Importing people Running 100 of 400 rows · 2 errors so far Cancel import');
    expect(html).toMatch(/role="progressbar"[^>]*aria-label="Rows imported" aria-valuemin="0" aria-valuemax="400" aria-valuenow="100"/);
  });

  it('before the rows are counted, a bar without a value', async () => {
    const html = await renderMarkup('en', <ImportJobPanel job={{ ...running, state: 'QUEUED', rowsTotal: 0, rowsDone: 0, errorCount: 0 }} focus={false} />);
    expect(textOf(html)).toBe('Importing people Queued Counting the rows… · 0 errors so far Cancel import');
    expect(html).not.toContain('aria-valuenow');
  });

  it('once done, what it did: created, updated, unchanged, refused, and the refused rows', async () => {
    expect(textOf(await renderMarkup('en', <ImportJobPanel job={done} focus={false} />))).toBe(
      'Importing companies Done Created 1 Updated 1 Unchanged 0 Refused 1 Row 4, Name: Give a name.',
    );
    expect(textOf(await renderMarkup('ja', <ImportJobPanel job={done} focus={false} />))).toBe(
      '企業をインポート中 完了 作成 1 変更 1 変更なし 0 拒否 1 4 行目、Name: Give a name.',
    );
  });
});

describe('the latest imports', () => {
  it('lists each by object, when and state, with its counts', async () => {
    expect(textOf(await renderMarkup('en', <ImportList jobs={[running, done]} />))).toBe(
      `People · ${time('en', running.createdAt)} Running Created 90 Updated 8 Unchanged 0 Refused 2 ` +
        `Companies · ${time('en', done.createdAt)} Done Created 1 Updated 1 Unchanged 0 Refused 1`,
    );
  });

  it('says when there are none', async () => {
    expect(textOf(await renderMarkup('en', <ImportList jobs={[]} />))).toBe('No imports yet.');
    expect(textOf(await renderMarkup('ja', <ImportList jobs={[]} />))).toBe('インポートはまだありません。');
  });
});

function time(language: string, iso: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
