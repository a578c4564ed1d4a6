import { importJobSchema, type ImportObject } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { fileOf, rejection, storeTest as it } from '../../test/support/index.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';
import { cancelImport, listImports, readImport } from './manage-imports.ts';
import { runImport, runPendingImports } from './run-import.ts';
import { startImport } from './start-import.ts';

// Issue 17: importing a CSV file as a tenant admin of acme (alex); olga is globex's.
let store: Store;
const users = {} as { alex: Actor; viewer: Actor; olga: Actor };
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  const [alex, viewer, olga] = await actors('alex@acme.example', 'vera@acme.example', 'olga.petrova@globex.example');
  Object.assign(users, { alex, viewer, olga });
});

const start = (object: ImportObject, text: string, admin = users.alex) => startImport(store.prisma, admin, object, fileOf(text));
/** Starts an import and runs it to its end, as the BFF does in the background. */
async function imported(object: ImportObject, text: string) {
  const { id } = await start(object, text);
  await runImport(store.prisma, id);
  return importJobSchema.parse(await readImport(store.prisma, users.alex, id));
}

const COMPANIES = [
  'ExternalId,Name,Industry,Employees,RenewalDate',
  'imp-1,Nimbus Works,Software,"1,200",2027/4/1',
  'imp-2,,Retail,,',
  'imp-3,Orchid Foods,Food,80,',
].join('\r\n');
const PEOPLE = [
  'ExternalId,FirstName,LastName,Email,CompanyExternalId,Title',
  'p-1,Aoi,Kato,aoi@nimbus.example,imp-1,CTO',
  'p-2,Ren,Abe,ren@nimbus.example,imp-404,',
].join('\n');

describe('importing a file', () => {
  it('writes the good rows, records each refused one with its row and column, and says what it did', async () => {
    const job = await imported('companies', COMPANIES);
    expect(job).toMatchObject({ object: 'companies', state: 'DONE', rowsTotal: 3, rowsDone: 3, created: 2, updated: 0, unchanged: 0, errorCount: 1 });
    expect(job.errors).toEqual([{ row: 3, column: 'Name', message: expect.any(String) }]);
    const nimbus = await store.prisma.company.findUniqueOrThrow({ where: { domainId_externalId: { domainId: users.alex.domainId, externalId: 'imp-1' } } });
    expect(nimbus).toMatchObject({ name: 'Nimbus Works', industry: 'Software', employees: 1200 });
    expect(nimbus.renewalDate?.toISOString()).toBe('2027-04-01T00:00:00.000Z');
    const audit = await store.prisma.auditEvent.findMany({
      where: { domainId: users.alex.domainId, type: { startsWith: 'import.' } },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((event) => event.type)).toEqual(['import.started', 'import.finished']);
  });

  it('changes nothing when the same file is imported again', async () => {
    const job = await imported('companies', COMPANIES);
    expect(job).toMatchObject({ state: 'DONE', created: 0, updated: 0, unchanged: 2, errorCount: 1 });
  });

  it('links people to their company by its ExternalId, and refuses a person whose company is not there', async () => {
    const job = await imported('people', PEOPLE);
    expect(job).toMatchObject({ state: 'DONE', rowsDone: 2, created: 1, errorCount: 1 });
    expect(job.errors).toEqual([{ row: 3, column: 'CompanyExternalId', message: expect.any(String) }]);
    const aoi = await store.prisma.person.findFirstOrThrow({
      where: { domainId: users.alex.domainId, email: 'aoi@nimbus.example' },
      include: { companyPersons: { include: { company: true } } },
    });
    expect(aoi.companyPersons.map((link) => link.company.name)).toEqual(['Nimbus Works']);
  });

  it("imports people as an export writes them: the company by its name, a relationship's person, IsPrimary and contact fields", async () => {
    const relationship = await store.prisma.relationship.findFirstOrThrow({ where: { domainId: users.alex.domainId }, include: { company: true } });
    const file = [
      'ExternalId,FirstName,LastName,Email,CompanyExternalId,CompanyName,RelationshipName,Title,Role,IsPrimary,ManagerEmail,Phone,LinkedinUrl,Location,Timezone',
      'p-10,Mio,Sato,mio@nimbus.example,,Nimbus Works,,"Head of\nIT",Champion,TRUE,,+81 3 0000 0000,,Osaka,Asia/Tokyo',
      '',
      `p-10,Mio,Sato,mio@nimbus.example,,"${relationship.company.name}","${relationship.name}",,Sponsor,,,+81 3 0000 0000,,Osaka,Asia/Tokyo`,
      'p-11,Yui,Mori,yui@nimbus.example,,Nobody Inc,,,,,,,,,',
      'p-12,Sho,Ota,sho@nimbus.example,,Nimbus Works,,,,perhaps,,,,,',
    ].join('\r\n');
    const job = await imported('people', file);
    expect(job).toMatchObject({ state: 'DONE', rowsTotal: 4, rowsDone: 4, created: 1, updated: 1, errorCount: 2 });
    expect(job.errors).toEqual([
      { row: 4, column: 'CompanyName', message: 'No company of your domain has this name.' },
      { row: 5, column: 'IsPrimary', message: 'Write true or false.' },
    ]);
    const mio = await store.prisma.person.findFirstOrThrow({
      where: { domainId: users.alex.domainId, email: 'mio@nimbus.example' },
      include: { companyPersons: { include: { company: true } }, relationshipPersons: true },
    });
    expect(mio).toMatchObject({ phone: '+81 3 0000 0000', location: 'Osaka', timezone: 'Asia/Tokyo' });
    expect(mio.companyPersons).toMatchObject([{ title: 'Head of\nIT', role: 'Champion', isPrimary: true, company: { name: 'Nimbus Works' } }]);
    expect(mio.relationshipPersons).toMatchObject([{ relationshipId: relationship.id, role: 'Sponsor' }]);
    expect(await imported('people', file)).toMatchObject({ state: 'DONE', created: 0, updated: 0, unchanged: 2, errorCount: 2 });
  });

  it('links a person to a manager further down the file, counts a change of manager as updated, and refuses an unknown manager naming ManagerEmail', async () => {
    const file = (bossOfKai: string) =>
      [
        'FirstName,LastName,Email,CompanyName,ManagerEmail',
        `Kai,Endo,kai@nimbus.example,Nimbus Works,${bossOfKai}`,
        'Nao,Ueda,nao@nimbus.example,Nimbus Works,nobody@nimbus.example',
        'Aoi,Kato,aoi@nimbus.example,Nimbus Works,',
      ].join('\n');
    const managerOfKai = async () =>
      (
        await store.prisma.companyPerson.findFirstOrThrow({
          where: { domainId: users.alex.domainId, person: { email: 'kai@nimbus.example' } },
          include: { manager: { include: { person: true } } },
        })
      ).manager?.person.email;
    const job = await imported('people', file('aoi@nimbus.example'));
    // Nao is written (and counted created), only the manager is refused.
    expect(job).toMatchObject({ state: 'DONE', created: 2, updated: 0, unchanged: 1, errorCount: 1 });
    expect(job.errors).toEqual([{ row: 3, column: 'ManagerEmail', message: 'No person of this company has this e-mail address.' }]);
    expect(await managerOfKai()).toBe('aoi@nimbus.example');
    expect(await imported('people', file('nao@nimbus.example'))).toMatchObject({ created: 0, updated: 1, unchanged: 2, errorCount: 1 });
    expect(await managerOfKai()).toBe('nao@nimbus.example');
  });

  it('fails a file it cannot read, saying why', async () => {
    const job = await imported('companies', 'ExternalId,Name\n"never closed\n');
    expect(job).toMatchObject({ state: 'FAILED', errors: [{ row: 1, column: '', message: expect.stringMatching(/^Row 2: /) }] });
    expect(job.finishedAt).not.toBeNull();
  });

  it('a cancelled import writes nothing more, and cancelling it again changes nothing', async () => {
    const { id } = await start('companies', 'ExternalId,Name\nimp-9,Never Written\n');
    expect((await cancelImport(store.prisma, users.alex, id)).state).toBe('CANCELLED');
    await runImport(store.prisma, id);
    expect((await cancelImport(store.prisma, users.alex, id)).state).toBe('CANCELLED');
    expect(await store.prisma.company.count({ where: { name: 'Never Written' } })).toBe(0);
  });

  it('a restarted BFF runs what was left queued', async () => {
    const { id } = await start('companies', 'ExternalId,Name\nimp-10,Left Queued\n');
    await runPendingImports(store.prisma);
    expect((await readImport(store.prisma, users.alex, id)).state).toBe('DONE');
  });

  it('lists the domain imports newest first, and never another domain', async () => {
    const { items } = await listImports(store.prisma, users.alex);
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items[0]!.createdAt >= items.at(-1)!.createdAt).toBe(true);
    expect((await listImports(store.prisma, users.olga)).items).toEqual([]);
    expect((await rejection(readImport(store.prisma, users.olga, items[0]!.id))).code).toBe('NOT_FOUND');
    expect((await rejection(cancelImport(store.prisma, users.olga, items[0]!.id))).code).toBe('NOT_FOUND');
  });

  it('a viewer cannot import', async () => {
    expect((await rejection(start('companies', COMPANIES, users.viewer))).code).toBe('FORBIDDEN');
  });
});
