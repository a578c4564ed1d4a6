import { importReportSchema } from '@c360/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NETWORK_FAILURE } from '@/lib/api-client';
import { checkImportFile } from './check-import-file';
import { headOf, previewImportFile } from './preview-import-file';
import { startImport } from './start-import';

const report = { rows: 2, validRows: 1, errors: [{ row: 3, column: 'Name', message: 'Give a name.' }], errorCount: 1 };
const file = new File(['ExternalId,Name\nacme-1,Acme\nacme-2,\n'], 'companies.csv', { type: 'application/vnd.ms-excel' });

function online(onLine: boolean, answer: unknown, status = 200) {
  vi.stubGlobal('navigator', { onLine });
  const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify(answer), { status })));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('sending an import file', () => {
  it('checks it with a dry run: the file itself as a text/csv body, the report parsed with the contract', async () => {
    const fetchMock = online(true, report);
    await expect(checkImportFile('companies', file)).resolves.toEqual(importReportSchema.parse(report));
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/admin/imports?object=companies&dryRun=true',
      expect.objectContaining({ method: 'POST', body: file, headers: expect.objectContaining({ 'content-type': 'text/csv' }) }),
    );
  });

  it('starts the import without a dry run and without an Idempotency-Key (the imports route does not honour one)', async () => {
    const fetchMock = online(true, { id: 'job-1' }, 202);
    await expect(startImport('people', file)).resolves.toEqual({ id: 'job-1' });
    expect(fetchMock).toHaveBeenCalledWith('/api/admin/imports?object=people', expect.objectContaining({ method: 'POST', body: file }));
    const headers = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].headers as Record<string, string>;
    expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain('idempotency-key');
  });

  it('offline, fails at once as a network failure: nothing is queued, the file is not kept', async () => {
    const fetchMock = online(false, report);
    await expect(startImport('companies', file)).rejects.toMatchObject({ status: NETWORK_FAILURE });
    await expect(checkImportFile('companies', file)).rejects.toMatchObject({ status: NETWORK_FAILURE });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('previews a file from its start only, cut after its last whole line', async () => {
    const line = 'acme-1,Acme Corporation\n';
    const large = new File([`ExternalId,Name\n${line.repeat(5000)}`], 'large.csv');
    const head = await headOf(large);
    expect(head.size).toBeLessThanOrEqual(64 * 1024);
    expect((await head.text()).endsWith(line)).toBe(true);
    expect(await headOf(file)).toBe(file);
    const fetchMock = online(true, { columns: [], rows: [], fields: [] });
    await previewImportFile('companies', large);
    expect(fetchMock).toHaveBeenCalledWith('/api/admin/imports/preview?object=companies', expect.objectContaining({ method: 'POST' }));
  });
});
