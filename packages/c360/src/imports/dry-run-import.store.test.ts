import { importReportSchema, type ImportObject } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { fileOf, rejection, storeTest as it } from '../../test/support/index.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';
import { dryRunImport } from './dry-run-import.ts';

// Issue 17: the dry run of an import file, as a tenant admin of acme (alex) sees it.
let store: Store;
const users = {} as { alex: Actor; viewer: Actor };
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  const [alex, viewer] = await actors('alex@acme.example', 'hana.sato@acme.example');
  Object.assign(users, { alex, viewer });
});

const dryRun = async (object: ImportObject, text: string, admin = users.alex) =>
  importReportSchema.parse(await dryRunImport(store.prisma, admin, object, fileOf(text)));

const COMPANIES = [
  'ExternalId,Name,Industry,Employees,ARR,RenewalDate',
  'crm-1,Zenith Outillage,Manufacturing,"1,200","125,000.50",2027/1/31',
  'crm-2,,Retail,12,,',
  'crm-3,Kappa Foods,Food,twelve,100,2027-02-30',
  'crm-1,Zenith Again,Retail,,,',
  'crm-5,Lambda Labs,,,,',
].join('\r\n');

describe('a dry run of an import file', () => {
  it('reports each refused cell with its row and column, counts the good rows, and writes nothing', async () => {
    const before = await store.prisma.company.count();
    const report = await dryRun('companies', COMPANIES);
    expect(report).toEqual({
      rows: 5,
      validRows: 2,
      errorCount: 4,
      errors: [
        { row: 3, column: 'Name', message: expect.any(String) },
        { row: 4, column: 'Employees', message: 'Write a whole number, like 120 or 1,200.' },
        { row: 4, column: 'RenewalDate', message: 'Give a date as YYYY-MM-DD.' },
        { row: 5, column: 'ExternalId', message: 'Row 2 has the same ExternalId: each record once in a file.' },
      ],
    });
    expect(await store.prisma.company.count()).toBe(before);
  });

  it('names unknown, repeated and missing columns in the header, and checks no row then', async () => {
    const report = await dryRun('companies', 'ExternalId,Nmae,ExternalId\ncrm-9,Omega,crm-9\n');
    expect(report.rows).toBe(1);
    expect(report.validRows).toBe(0);
    expect(report.errors).toEqual([
      { row: 1, column: 'Nmae', message: expect.stringContaining('ExternalId, Name, Industry') },
      { row: 1, column: 'ExternalId', message: 'This column is in the header twice.' },
      { row: 1, column: 'Name', message: 'The header needs a Name column.' },
    ]);
  });

  it('reads a file written by the export: its columns the import does not read are skipped', async () => {
    const report = await dryRun('companies', 'ExternalId,Name,Lifecycle,NPS,CsmEmail\ncrm-9,Omega,Adopting,42,alex@acme.example\n');
    expect(report).toEqual({ rows: 1, validRows: 1, errorCount: 0, errors: [] });
  });

  it('refuses a row with more cells than the header has columns', async () => {
    const report = await dryRun('companies', 'ExternalId,Name\ncrm-9,Omega,extra\n');
    expect(report.errors).toEqual([{ row: 2, column: '', message: 'This row has 3 cells, the header 2.' }]);
  });

  it('refuses an empty file with a header error', async () => {
    expect(await dryRun('companies', '')).toEqual({
      rows: 0,
      validRows: 0,
      errorCount: 1,
      errors: [{ row: 1, column: '', message: expect.stringContaining('header') }],
    });
  });

  it('lists the first thousand errors and counts them all', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `crm-${i},`);
    const report = await dryRun('companies', ['ExternalId,Name', ...rows].join('\n'));
    expect(report).toMatchObject({ rows: 1500, validRows: 0, errorCount: 1500 });
    expect(report.errors).toHaveLength(1000);
  });

  it('checks that people name companies of the domain by ExternalId, and each e-mail once', async () => {
    const acme = await store.prisma.company.findFirstOrThrow({ where: { domainId: users.alex.domainId } });
    await store.prisma.company.update({ where: { id: acme.id }, data: { externalId: 'crm-acme-1' } });
    const report = await dryRun(
      'people',
      [
        'FirstName,LastName,Email,CompanyExternalId,Title',
        'Aiko,Tanaka,aiko@zenith.example,crm-acme-1,CFO',
        'Ben,Ito,ben@zenith.example,crm-nowhere,',
        'Aiko,Tanaka,AIKO@zenith.example,crm-acme-1,',
        'Cleo,Mori,not-an-address,,',
      ].join('\n'),
    );
    expect(report).toMatchObject({ rows: 4, validRows: 1, errorCount: 3 });
    expect(report.errors).toEqual([
      { row: 3, column: 'CompanyExternalId', message: 'No company of your domain has this ExternalId.' },
      { row: 4, column: 'Email', message: 'Row 2 has the same Email and CompanyExternalId: each record once in a file.' },
      { row: 5, column: 'Email', message: expect.any(String) },
    ]);
  });

  it('checks a company named by its name when the row has no CompanyExternalId', async () => {
    const acme = await store.prisma.company.findFirstOrThrow({ where: { domainId: users.alex.domainId } });
    const report = await dryRun(
      'people',
      ['FirstName,LastName,Email,CompanyName', `Dan,Ueda,dan@zenith.example,"${acme.name}"`, 'Eri,Sano,eri@zenith.example,Nowhere Ltd'].join('\n'),
    );
    expect(report).toMatchObject({ rows: 2, validRows: 1, errorCount: 1 });
    expect(report.errors).toEqual([{ row: 3, column: 'CompanyName', message: 'No company of your domain has this name.' }]);
  });

  it("checks that a manager is a person of the row's company, stored or further down the file", async () => {
    const stored = await store.prisma.companyPerson.findFirstOrThrow({ where: { domainId: users.alex.domainId }, include: { company: true, person: true } });
    const company = `"${stored.company.name}"`;
    const report = await dryRun(
      'people',
      [
        'FirstName,LastName,Email,CompanyName,ManagerEmail',
        `Fumi,Oda,fumi@zenith.example,${company},gen@zenith.example`,
        `Gen,Oda,gen@zenith.example,${company},${stored.person.email}`,
        `Hana,Oda,hana@zenith.example,${company},nobody@zenith.example`,
      ].join('\n'),
    );
    expect(report).toMatchObject({ rows: 3, validRows: 2, errorCount: 1 });
    expect(report.errors).toEqual([{ row: 4, column: 'ManagerEmail', message: 'No person of this company has this e-mail address.' }]);
  });

  it('a user who is not a tenant admin cannot check an import', async () => {
    expect((await rejection(dryRunImport(store.prisma, users.viewer, 'companies', fileOf(COMPANIES)))).code).toBe('FORBIDDEN');
  });
});
