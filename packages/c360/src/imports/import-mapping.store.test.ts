import { importJobSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { fileOf, fileStoreOf, rejection, storeTest as it } from '../../test/support/index.ts';
import type { Actor } from '../permissions/actor.ts';
import { dryRunImport } from './dry-run-import.ts';
import { readImportMapping, saveImportMapping } from './import-mapping.ts';
import { readImport } from './manage-imports.ts';
import { previewImport } from './preview-import.ts';
import { runImport } from './run-import.ts';
import { startImport } from './start-import.ts';

// Issue 17: a CRM's own column names mapped to the fields, remembered per object for alex's domain (acme).
const file = fileStoreOf(it);
const users = {} as Record<'alex' | 'viewer' | 'olga', Actor>;
it.beforeAll(async ({ actors }) => {
  [users.alex, users.viewer, users.olga] = await actors('alex@acme.example', 'vera@acme.example', 'olga.petrova@globex.example');
});

const CRM_FILE = ['Account ID,Account Name,Segment,Notes', 'map-1,Mapped Works,Software,call back', 'map-2,,Retail,'].join('\n');
const CRM_MAPPING = { 'Account ID': 'ExternalId', 'Account Name': 'Name', Segment: 'Industry', Notes: null };

const save = (columns: Record<string, string | null>, admin = users.alex) => saveImportMapping(file.store.prisma, admin, 'companies', { columns });

describe('the column mapping of an object', () => {
  it('is none until one is saved, then remembered as saved (its columns trimmed), saving it again changing nothing', async () => {
    expect(await readImportMapping(file.store.prisma, users.alex, 'people')).toEqual({ object: 'people', columns: {} });
    const saved = await save({ ...CRM_MAPPING, ' Region ': null });
    expect(saved).toEqual({ object: 'companies', columns: { ...CRM_MAPPING, Region: null } });
    expect(await save({ ...CRM_MAPPING, ' Region ': null })).toEqual(saved);
    expect(await readImportMapping(file.store.prisma, users.alex, 'companies')).toEqual(saved);
    expect(await readImportMapping(file.store.prisma, users.olga, 'companies')).toEqual({ object: 'companies', columns: {} });
    const audit = await file.store.prisma.auditEvent.count({ where: { domainId: users.alex.domainId, type: 'import.mapping.saved' } });
    expect(audit).toBe(2);
  });

  it('reads a file by the saved mapping in the dry run, naming refused cells as the file names its columns', async () => {
    await save(CRM_MAPPING);
    expect(await dryRunImport(file.store.prisma, users.alex, 'companies', fileOf(CRM_FILE))).toEqual({
      rows: 2,
      validRows: 1,
      errorCount: 1,
      errors: [{ row: 3, column: 'Account Name', message: expect.any(String) }],
    });
  });

  it('imports with the mapping saved when the import started, whatever is saved while it waits', async () => {
    await save(CRM_MAPPING);
    const { id } = await startImport(file.store.prisma, users.alex, 'companies', fileOf(CRM_FILE));
    await save({});
    await runImport(file.store.prisma, id);
    const job = importJobSchema.parse(await readImport(file.store.prisma, users.alex, id));
    expect(job).toMatchObject({ state: 'DONE', created: 1, errorCount: 1, errors: [{ row: 3, column: 'Account Name' }] });
    const company = await file.store.prisma.company.findUniqueOrThrow({
      where: { domainId_externalId: { domainId: users.alex.domainId, externalId: 'map-1' } },
    });
    expect(company).toMatchObject({ name: 'Mapped Works', industry: 'Software' });
  });

  it('still refuses a header column that is neither a field nor mapped, and a field read from two columns', async () => {
    await save({ 'Account ID': 'ExternalId', 'Account Name': 'Name' });
    const report = await dryRunImport(file.store.prisma, users.alex, 'companies', fileOf('Account ID,Account Name,Name,Segment\nmap-3,Three,Three,Food\n'));
    expect(report.errors).toEqual([
      { row: 1, column: 'Name', message: 'The column Account Name is read as Name already.' },
      { row: 1, column: 'Segment', message: expect.stringContaining('This is not a column of companies') },
    ]);
  });

  it('refuses a field the object does not have, or one field for two columns, naming the column, and keeps the saved one', async () => {
    await save(CRM_MAPPING);
    const error = await rejection(save({ 'Account ID': 'ExternalId', Code: 'ExternalId', Size: 'Headcount', Blank: 'Name' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.errors).toEqual([
      { path: 'columns.Code', message: 'The column Account ID is read as ExternalId already.' },
      { path: 'columns.Size', message: expect.stringContaining('Headcount is not a field of companies') },
    ]);
    expect((await rejection(save({ '': 'Name' }))).errors).toEqual([{ path: 'columns.', message: 'Give the column name.' }]);
    expect((await rejection(saveImportMapping(file.store.prisma, users.alex, 'companies', { columns: { A: 7 } }))).errors?.[0]?.path).toBe('columns.A');
    expect((await readImportMapping(file.store.prisma, users.alex, 'companies')).columns).toEqual(CRM_MAPPING);
  });

  it('a viewer can neither read nor save a mapping', async () => {
    expect((await rejection(readImportMapping(file.store.prisma, users.viewer, 'companies'))).code).toBe('FORBIDDEN');
    expect((await rejection(save(CRM_MAPPING, users.viewer))).code).toBe('FORBIDDEN');
  });
});

describe('a preview of an import file', () => {
  it('shows the first five rows and each column with its first cells and the field it would be read as', async () => {
    await save({ Notes: null });
    const rows = Array.from({ length: 7 }, (_, i) => `p-${i},Name ${i},x,note ${i}`);
    const preview = await previewImport(file.store.prisma, users.alex, 'companies', fileOf(['external id,NAME,Sector,Notes', ...rows].join('\n')));
    expect(preview.rows).toHaveLength(5);
    expect(preview.rows[0]).toEqual(['p-0', 'Name 0', 'x', 'note 0']);
    expect(preview.columns).toEqual([
      { name: 'external id', field: 'ExternalId', sample: ['p-0', 'p-1', 'p-2', 'p-3', 'p-4'] },
      { name: 'NAME', field: 'Name', sample: ['Name 0', 'Name 1', 'Name 2', 'Name 3', 'Name 4'] },
      { name: 'Sector', field: null, sample: ['x', 'x', 'x', 'x', 'x'] },
      { name: 'Notes', field: null, sample: ['note 0', 'note 1', 'note 2', 'note 3', 'note 4'] },
    ]);
    expect(preview.fields.slice(0, 2)).toEqual([
      { name: 'ExternalId', required: false },
      { name: 'Name', required: true },
    ]);
    expect(preview.fields.map((field) => field.name)).toContain('Industry');
  });

  it('proposes the remembered mapping first, and each field for one column only', async () => {
    await save(CRM_MAPPING);
    const preview = await previewImport(file.store.prisma, users.alex, 'companies', fileOf('Account Name,Name,name,Notes\nA,B,C,D\n'));
    expect(preview.columns.map(({ name, field }) => [name, field])).toEqual([
      ['Account Name', 'Name'],
      ['Name', null],
      ['name', null],
      ['Notes', null],
    ]);
  });

  it('refuses an empty file, naming the file', async () => {
    const error = await rejection(previewImport(file.store.prisma, users.alex, 'companies', fileOf('')));
    expect(error.errors).toEqual([{ path: 'file', message: expect.any(String) }]);
  });

  it('a viewer cannot preview a file', async () => {
    expect((await rejection(previewImport(file.store.prisma, users.viewer, 'companies', fileOf(CRM_FILE)))).code).toBe('FORBIDDEN');
  });
});
