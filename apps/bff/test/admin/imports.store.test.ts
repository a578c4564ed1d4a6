import {
  importJobListSchema,
  importJobSchema,
  importMappingSchema,
  importPreviewSchema,
  importReportSchema,
  PROBLEM_CONTENT_TYPE,
  startedImportSchema,
  type ImportJob,
} from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { signedIn } from '../support/gainsight.ts';
import { clientOf } from '../support/http-client.ts';

// Issue 17: a tenant admin checks an import file with POST /api/admin/imports?dryRun=true.
const file = fileAppOf(it, ['session', 'rateLimitCounter']);
const as = async (username: string) => clientOf(file.app, await signedIn(file.app, file.store, username));
/** The file sent as the sidebar sends it, answered with `status`. */
const send = async (username: string, query: string, body: string | Buffer, status: number, contentType = 'text/csv') =>
  (await as(username)).post(`/api/admin/imports${query}`).set('Content-Type', contentType).send(body).expect(status);

// 株式会社 in Shift_JIS, as a Japanese Excel saves "CSV".
const KABUSHIKI_GAISHA_SJIS = Buffer.from([0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0]);

describe('POST /api/admin/imports?dryRun=true', () => {
  it('answers the check of every row of a CSV file and writes nothing', async () => {
    const before = await file.store.prisma.company.count();
    const res = await send('alex@acme.example', '?object=companies&dryRun=true', 'ExternalId,Name,Employees\ncrm-1,Zenith,12\ncrm-2,Omega,lots\n', 200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(importReportSchema.parse(res.body)).toEqual({
      rows: 2,
      validRows: 1,
      errorCount: 1,
      errors: [{ row: 3, column: 'Employees', message: 'Write a whole number, like 120 or 1,200.' }],
    });
    expect(await file.store.prisma.company.count()).toBe(before);
  });

  it('reads a Shift_JIS file, told by its charset or not', async () => {
    const sjis = Buffer.concat([Buffer.from('ExternalId\tName\r\ncrm-1\t'), KABUSHIKI_GAISHA_SJIS, Buffer.from('\r\n')]);
    for (const contentType of ['text/csv; charset=Shift_JIS', 'text/csv']) {
      const res = await send('alex@acme.example', '?object=companies&dryRun=true', sjis, 200, contentType);
      expect(res.body).toMatchObject({ rows: 1, validRows: 1, errorCount: 0 });
    }
  });

  it('names a bad object, a bad dryRun and an unreadable file', async () => {
    const bad = await send('alex@acme.example', '?object=planets&dryRun=true', 'Name\n', 400);
    expect(bad.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(bad.body.errors.map((error: { path: string }) => error.path)).toEqual(['object']);
    const maybe = await send('alex@acme.example', '?object=companies&dryRun=maybe', 'Name\n', 400);
    expect(maybe.body.errors.map((error: { path: string }) => error.path)).toEqual(['dryRun']);
    const latin = await send('alex@acme.example', '?object=companies&dryRun=true', 'Name\n', 400, 'text/csv; charset=latin1');
    expect(latin.body.errors).toEqual([{ path: 'file', message: expect.stringContaining('latin1') }]);
  });

  it('a viewer cannot check an import, nor can anyone signed out', async () => {
    await send('vera@acme.example', '?object=companies&dryRun=true', 'ExternalId,Name\n', 403);
    await clientOf(file.app).post('/api/admin/imports?object=companies&dryRun=true').set('Content-Type', 'text/csv').send('Name\n').expect(401);
  });
});

describe('POST /api/admin/imports (the import itself)', () => {
  /** Follows an import as the sidebar's progress bar does, until it has ended. */
  async function followed(id: string): Promise<ImportJob> {
    const alex = await as('alex@acme.example');
    for (let poll = 0; poll < 100; poll++) {
      const job = importJobSchema.parse((await alex.get(`/api/admin/imports/${id}`).expect(200)).body);
      if (job.state !== 'QUEUED' && job.state !== 'RUNNING') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`import ${id} did not end`);
  }

  it('answers 202 with the import, which runs on and is then found in search and in the list', async () => {
    const res = await send('alex@acme.example', '?object=companies', 'ExternalId,Name,Industry\nhttp-1,Quasar Freight,Logistics\n', 202);
    const { id } = startedImportSchema.parse(res.body);
    expect(await followed(id)).toMatchObject({ state: 'DONE', rowsTotal: 1, rowsDone: 1, created: 1, errorCount: 0 });
    const alex = await as('alex@acme.example');
    const found = await alex.get('/api/search?q=quasar').expect(200);
    expect(JSON.stringify(found.body)).toContain('Quasar Freight');
    const list = importJobListSchema.parse((await alex.get('/api/admin/imports').expect(200)).body);
    expect(list.items[0]!.id).toBe(id);
    expect((await alex.post(`/api/admin/imports/${id}/cancel`).expect(200)).body.state).toBe('DONE');
  });

  it('a viewer cannot import, list or follow imports', async () => {
    await send('vera@acme.example', '?object=companies', 'ExternalId,Name\nhttp-2,Nope\n', 403);
    const vera = await as('vera@acme.example');
    await vera.get('/api/admin/imports').expect(403);
  });
});

describe('POST /api/admin/imports/preview and the column mapping', () => {
  it('previews a large file from its first rows, and answers once the rest of the body has been read', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `crm-${i},Company ${i}`);
    const res = await send('alex@acme.example', '/preview?object=companies', ['Account ID,name', ...rows].join('\n'), 200);
    const preview = importPreviewSchema.parse(res.body);
    expect(preview.rows).toEqual([0, 1, 2, 3, 4].map((i) => [`crm-${i}`, `Company ${i}`]));
    expect(preview.columns.map((column) => column.field)).toEqual([null, 'Name']);
  });

  it('saves a mapping (the same answer when saved again), which the preview and the dry run then read with', async () => {
    const alex = await as('alex@acme.example');
    const mapping = { columns: { 'Account ID': 'ExternalId', Notes: null } };
    const saved = await alex.put('/api/admin/imports/mappings/companies', mapping).expect(200);
    expect(importMappingSchema.parse(saved.body)).toEqual({ object: 'companies', ...mapping });
    expect((await alex.put('/api/admin/imports/mappings/companies', mapping).expect(200)).body).toEqual(saved.body);
    expect((await alex.get('/api/admin/imports/mappings/companies').expect(200)).body).toEqual(saved.body);
    const preview = await send('alex@acme.example', '/preview?object=companies', 'Account ID,Name,Notes\nhttp-9,Nine,hi\n', 200);
    expect(preview.body.columns.map((column: { field: string | null }) => column.field)).toEqual(['ExternalId', 'Name', null]);
    const report = await send('alex@acme.example', '?object=companies&dryRun=true', 'Account ID,Name,Notes\nhttp-9,Nine,hi\n', 200);
    expect(report.body).toMatchObject({ rows: 1, validRows: 1, errorCount: 0 });
  });

  it('names the column of a bad mapping and the object of a bad path, and only admins map columns', async () => {
    const alex = await as('alex@acme.example');
    const bad = await alex.put('/api/admin/imports/mappings/companies', { columns: { Size: 'Headcount' } }).expect(400);
    expect(bad.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(bad.body.errors.map((error: { path: string }) => error.path)).toEqual(['columns.Size']);
    const planets = await alex.get('/api/admin/imports/mappings/planets').expect(400);
    expect(planets.body.errors.map((error: { path: string }) => error.path)).toEqual(['object']);
    const vera = await as('vera@acme.example');
    await vera.get('/api/admin/imports/mappings/companies').expect(403);
    await vera.put('/api/admin/imports/mappings/companies', { columns: {} }).expect(403);
    await send('vera@acme.example', '/preview?object=companies', 'Name\nx\n', 403);
  });
});
