import { describe, expect } from 'vitest';
import { dryRunFile, importFile, storeTest as it } from '../../test/support/index.ts';
import { customValueOf } from '../attributes/stored-values.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';

// Issue 17: importing company attribute values (the export's company-attribute-values.csv) as acme's admin (alex).
let store: Store;
const users = {} as { alex: Actor; olga: Actor };
/** Two companies of acme: one named by its ExternalId in the files, one by its name. */
const companies = {} as { first: { id: string }; second: { id: string; name: string } };
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  const [alex, olga] = await actors('alex@acme.example', 'olga.petrova@globex.example');
  Object.assign(users, { alex, olga });
  const [first, second] = await store.prisma.company.findMany({ where: { domainId: alex.domainId }, orderBy: { name: 'asc' }, take: 2 });
  await store.prisma.company.update({ where: { id: first!.id }, data: { externalId: 'crm-av-1' } });
  // Without the demo's values, so the first import creates every one.
  await store.prisma.companyAttributeValue.deleteMany({ where: { companyId: { in: [first!.id, second!.id] } } });
  Object.assign(companies, { first, second });
});

const HEADER = 'CompanyExternalId,CompanyName,AttributeKey,AttributeType,Value';
const fileOf = (...rows: string[]) => [HEADER, ...rows].join('\n');
/** The company's custom attribute values by key, as the Attributes tab reads them. */
const valuesOf = async (companyId: string) => {
  const rows = await store.prisma.companyAttributeValue.findMany({ where: { companyId }, include: { definition: true } });
  return Object.fromEntries(rows.map((row) => [row.definition.key, customValueOf(row.definition.type, row)]));
};

describe('importing company attribute values', () => {
  it('reads each Value by its attribute type, as the sidebar checks an edit, and moves the company version on', async () => {
    const before = await store.prisma.company.findUniqueOrThrow({ where: { id: companies.first.id } });
    const job = await importFile(
      store.prisma,
      users.alex,
      'companyAttributeValues',
      fileOf(
        'crm-av-1,,licensedSeats,NUMBER,"1,250"',
        'crm-av-1,,nextQbr,DATE,2027/4/1',
        'crm-av-1,,onboardingComplete,BOOLEAN,TRUE',
        'crm-av-1,,renewalOwner,USER,Alex@acme.example',
        `,${companies.second.name},executiveSponsor,TEXT,'=Dana Sato`,
      ),
    );
    expect(job).toMatchObject({ state: 'DONE', created: 5, errorCount: 0 });
    const alex = await store.prisma.user.findFirstOrThrow({ where: { domainId: users.alex.domainId, email: 'alex@acme.example' } });
    expect(await valuesOf(companies.first.id)).toMatchObject({ licensedSeats: 1250, nextQbr: '2027-04-01', onboardingComplete: true, renewalOwner: alex.id });
    expect((await valuesOf(companies.second.id)).executiveSponsor).toBe('=Dana Sato');
    expect((await store.prisma.company.findUniqueOrThrow({ where: { id: companies.first.id } })).version).toBeGreaterThan(before.version);
  });

  it('a second import of the same file changes nothing; a new value updates it', async () => {
    const file = fileOf('crm-av-1,,licensedSeats,,1250.0', 'crm-av-1,,nextQbr,,2027-04-01');
    expect(await importFile(store.prisma, users.alex, 'companyAttributeValues', file)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const job = await importFile(store.prisma, users.alex, 'companyAttributeValues', fileOf('crm-av-1,,licensedSeats,,1300'));
    expect(job).toMatchObject({ updated: 1, unchanged: 0 });
    expect((await valuesOf(companies.first.id)).licensedSeats).toBe(1300);
  });

  it('a dry run names each bad cell and writes nothing', async () => {
    const before = await store.prisma.companyAttributeValue.count();
    const report = await dryRunFile(
      store.prisma,
      users.alex,
      'companyAttributeValues',
      fileOf(
        'crm-av-1,,licensedSeats,NUMBER,many',
        'crm-av-1,,contractType,PICKLIST,Barter',
        'crm-av-1,,onboardingComplete,TEXT,yes',
        'crm-av-1,,renewalOwner,,nobody@acme.example',
        'crm-av-1,,noSuchKey,,1',
        'crm-av-1,,arr,,100',
        'crm-nowhere,,licensedSeats,,1',
        'crm-av-1,,nextQbr,,2027-02-30',
        'crm-av-1,,healthNotes,,Fine',
      ),
    );
    expect(report).toMatchObject({ rows: 9, validRows: 1, errorCount: 8 });
    expect(report.errors.map(({ row, column }) => `${row} ${column}`)).toEqual([
      '2 Value',
      '3 Value',
      '4 AttributeType',
      '5 Value',
      '6 AttributeKey',
      '7 AttributeKey',
      '8 CompanyExternalId',
      '9 Value',
    ]);
    expect(await store.prisma.companyAttributeValue.count()).toBe(before);
  });

  it("never finds another domain's company", async () => {
    const job = await importFile(
      store.prisma,
      users.olga,
      'companyAttributeValues',
      fileOf('crm-av-1,,licensedSeats,,7', `,${companies.second.name},licensedSeats,,7`),
    );
    expect(job.errors.map(({ row, column }) => `${row} ${column}`)).toEqual(['2 CompanyExternalId', '3 CompanyName']);
    expect((await valuesOf(companies.first.id)).licensedSeats).toBe(1300);
  });
});
