import { apiUpsertResultSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { rejection, storeTest as it } from '../../test/support/index.ts';
import { authenticateApiKey, type ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { createApiKey } from '../api-keys/manage-api-keys.ts';
import { searchSubjects } from '../search/search-subjects.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';
import { upsertCompanies } from './upsert-companies.ts';

// Issue 17: POST /api/v1/companies as the domain sees it, for a key of acme (alex is acme's admin).
let store: Store;
/** A key of the admin's domain, as the API sees its caller. */
const callerOf = async (admin: Actor) => authenticateApiKey(store.prisma, (await createApiKey(store.prisma, admin, { name: 'CRM' })).key);
const users: { alex?: Actor } = {};
const callers = {} as { acme: ApiKeyCaller; globex: ApiKeyCaller };
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  const [alex, olga] = await actors('alex@acme.example', 'olga.petrova@globex.example');
  users.alex = alex;
  Object.assign(callers, { acme: await callerOf(alex), globex: await callerOf(olga) });
});

const upsert = async (caller: ApiKeyCaller, records: unknown[]) => apiUpsertResultSchema.parse(await upsertCompanies(store.prisma, caller, { records }));
const companyOf = (caller: ApiKeyCaller, externalId: string) =>
  store.prisma.company.findUnique({ where: { domainId_externalId: { domainId: caller.domainId, externalId } } });

const zenith = { ExternalId: 'sf-001', Name: 'Zénith Outillage', Industry: 'Manufacturing', Employees: 420, ARR: 125000.5, RenewalDate: '2027-01-31' };

describe('upserting companies by ExternalId', () => {
  it('creates a new company with its fields, findable in search by its folded name', async () => {
    const { results } = await upsert(callers.acme, [zenith]);
    expect(results).toEqual([{ index: 0, ExternalId: 'sf-001', status: 'created', id: expect.any(String) }]);
    const company = await companyOf(callers.acme, 'sf-001');
    expect(company).toMatchObject({ id: results[0]!.id, name: 'Zénith Outillage', searchName: 'zenith outillage', industry: 'Manufacturing', employees: 420 });
    expect(company!.arr!.toString()).toBe('125000.5');
    expect(company!.renewalDate!.toISOString()).toBe('2027-01-31T00:00:00.000Z');
    const found = await searchSubjects(store.prisma, { reader: users.alex!, query: 'zenith' });
    expect(JSON.stringify(found)).toContain(results[0]!.id);
  });

  it('re-sending a batch changes nothing', async () => {
    const batch = [
      { ...zenith, ExternalId: 'sf-010', Name: 'Resend One' },
      { ExternalId: 'sf-011', Name: 'Resend Two', ARR: 10 },
    ];
    await upsert(callers.acme, batch);
    const before = await store.prisma.company.findMany({
      where: { domainId: callers.acme.domainId, externalId: { in: ['sf-010', 'sf-011'] } },
      orderBy: { id: 'asc' },
    });
    const { results } = await upsert(callers.acme, batch);
    expect(results.map((result) => result.status)).toEqual(['unchanged', 'unchanged']);
    const after = await store.prisma.company.findMany({
      where: { domainId: callers.acme.domainId, externalId: { in: ['sf-010', 'sf-011'] } },
      orderBy: { id: 'asc' },
    });
    expect(after).toEqual(before);
  });

  it('updates only what a record sends: a field left out stays, a null clears it, a new name is searchable', async () => {
    await upsert(callers.acme, [{ ...zenith, ExternalId: 'sf-020', Name: 'Before Rename' }]);
    const { results } = await upsert(callers.acme, [{ ExternalId: 'sf-020', Name: 'Après Rename', Industry: null }]);
    expect(results[0]).toMatchObject({ status: 'updated' });
    const company = await companyOf(callers.acme, 'sf-020');
    expect(company).toMatchObject({ name: 'Après Rename', searchName: 'apres rename', industry: null, employees: 420, version: 2 });
  });

  it('adopts a company of the same name that has no ExternalId yet, rather than refusing or duplicating it', async () => {
    const northwind = await store.prisma.company.findFirstOrThrow({ where: { domainId: callers.acme.domainId, name: 'Northwind Traders' } });
    const { results } = await upsert(callers.acme, [{ ExternalId: 'sf-nw', Name: 'Northwind Traders' }]);
    expect(results[0]).toEqual({ index: 0, ExternalId: 'sf-nw', status: 'updated', id: northwind.id });
    expect((await companyOf(callers.acme, 'sf-nw'))?.id).toBe(northwind.id);
  });

  it('a bad record is refused with its field errors and writes nothing, while the good ones are written', async () => {
    const { results } = await upsert(callers.acme, [
      { ExternalId: 'sf-030', Name: 'Good One' },
      { ExternalId: 'sf-031', Name: '', Employees: 1.5, ARR: -1, RenewalDate: '2027-02-30', Colour: 'blue' },
      'not a record',
      { ExternalId: 'sf-033', Name: 'Bad Domain', EmailDomain: 'not a domain' },
      { ExternalId: 'sf-032', Name: 'Good Two' },
    ]);
    expect(results.map(({ index, status }) => [index, status])).toEqual([
      [0, 'created'],
      [1, 'error'],
      [2, 'error'],
      [3, 'error'],
      [4, 'created'],
    ]);
    expect(results[1]).toMatchObject({ ExternalId: 'sf-031' });
    expect(results[1]!.errors!.map((error) => error.field).sort()).toEqual(['ARR', 'Colour', 'Employees', 'Name', 'RenewalDate']);
    expect(results[2]).toEqual({ index: 2, ExternalId: null, status: 'error', errors: [{ field: '', message: expect.any(String) }] });
    expect(results[3]!.errors).toEqual([{ field: 'EmailDomain', message: 'Give a domain such as acme.example.' }]);
    expect(await companyOf(callers.acme, 'sf-031')).toBeNull();
    expect(await store.prisma.company.count({ where: { domainId: callers.acme.domainId, name: 'Bad Domain' } })).toBe(0);
    expect(await companyOf(callers.acme, 'sf-032')).not.toBeNull();
  });

  it('refuses a name another company of the domain has, naming Name, and changes neither', async () => {
    await upsert(callers.acme, [{ ExternalId: 'sf-040', Name: 'Taken Name' }]);
    const { results } = await upsert(callers.acme, [
      { ExternalId: 'sf-041', Name: 'Taken Name' },
      { ExternalId: 'sf-040', Name: 'Taken Name', Stage: 'Live' },
    ]);
    expect(results[0]).toMatchObject({ status: 'error', errors: [{ field: 'Name' }] });
    expect(results[1]).toMatchObject({ status: 'updated' });
    expect(await companyOf(callers.acme, 'sf-041')).toBeNull();
  });

  it('a mixed batch counts each record exactly, and the same batch again leaves every company unchanged', async () => {
    await upsert(callers.acme, [
      { ExternalId: 'mix-1', Name: 'Mix One', ARR: 100 },
      { ExternalId: 'mix-2', Name: 'Mix Two', RenewalDate: '2027-03-01' },
    ]);
    const batch = [
      { ExternalId: 'mix-1', Name: 'Mix One', ARR: 100.0 },
      { ExternalId: 'mix-2', Name: 'Mix Two', RenewalDate: '2027-03-02' },
      { ExternalId: 'mix-3', Name: 'Mix Three', Employees: 12, MRR: 1_000.5 },
      { ExternalId: 'mix-4', Name: 'Mix One' },
    ];
    expect((await upsert(callers.acme, batch)).results.map((result) => result.status)).toEqual(['unchanged', 'updated', 'created', 'error']);
    expect((await upsert(callers.acme, batch.slice(0, 3))).results.map((result) => result.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await companyOf(callers.acme, 'mix-3')).toMatchObject({ employees: 12, version: 1 });
    expect((await companyOf(callers.acme, 'mix-2'))!.renewalDate!.toISOString()).toBe('2027-03-02T00:00:00.000Z');
  });

  it('applies the records of one batch in their order: a name freed by a rename is free for the records after it', async () => {
    await upsert(callers.acme, [{ ExternalId: 'order-1', Name: 'Old Order Name' }]);
    const { results } = await upsert(callers.acme, [
      { ExternalId: 'order-2', Name: 'New Order Name' },
      { ExternalId: 'order-1', Name: 'Renamed Order' },
      { ExternalId: 'order-3', Name: 'Old Order Name' },
      { ExternalId: 'order-2', Name: 'New Order Name', Stage: 'Kick-off' },
      { ExternalId: 'order-4', Name: 'New Order Name' },
    ]);
    expect(results.map((result) => result.status)).toEqual(['created', 'updated', 'created', 'updated', 'error']);
    expect(results[4]!.errors).toEqual([{ field: 'Name', message: 'Another company of your domain already has this name.' }]);
    expect(await companyOf(callers.acme, 'order-3')).toMatchObject({ name: 'Old Order Name' });
    expect(await companyOf(callers.acme, 'order-2')).toMatchObject({ stage: 'Kick-off', version: 2 });
  });

  it('a key cannot touch another domain: the same ExternalId is a company of each domain', async () => {
    const acmeResult = await upsert(callers.acme, [{ ExternalId: 'shared-1', Name: 'Shared Name' }]);
    const globexResult = await upsert(callers.globex, [{ ExternalId: 'shared-1', Name: 'Shared Name', Industry: 'Retail' }]);
    expect(globexResult.results[0]).toMatchObject({ status: 'created' });
    expect(globexResult.results[0]!.id).not.toBe(acmeResult.results[0]!.id);
    expect((await companyOf(callers.acme, 'shared-1'))?.industry).toBeNull();
    expect((await companyOf(callers.globex, 'shared-1'))?.domainId).toBe(callers.globex.domainId);
  });

  it('audits each call with its key, endpoint and counts', async () => {
    await upsert(callers.acme, [{ ExternalId: 'sf-050', Name: 'Audited' }, { ExternalId: 'sf-051' }]);
    const event = await store.prisma.auditEvent.findFirstOrThrow({
      where: { type: 'api.call', domainId: callers.acme.domainId },
      orderBy: { createdAt: 'desc' },
    });
    expect(event).toMatchObject({
      userId: null,
      data: { keyId: callers.acme.keyId, endpoint: 'POST /api/v1/companies', records: 2, created: 1, updated: 0, unchanged: 0, errors: 1 },
    });
  });

  it('refuses an empty batch or more than 50 records, naming records, and writes nothing', async () => {
    const before = await store.prisma.company.count();
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ ExternalId: `many-${i}`, Name: `Many ${i}` }));
    for (const body of [{ records: [] }, { records: tooMany }, {}, { records: 'x' }]) {
      expect(await rejection(upsertCompanies(store.prisma, callers.acme, body))).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'records' }] });
    }
    expect(await store.prisma.company.count()).toBe(before);
  });
});

describe('upserting companies without an ExternalId, and their CSM, lifecycle, e-mail domain and NPS', () => {
  it('finds a company by its EmailDomain, else by its Name, and sets the other fields an export writes', async () => {
    const created = await upsert(callers.acme, [
      { ExternalId: 'sf-300', Name: 'Kestrel Labs', EmailDomain: 'Kestrel.example', Lifecycle: 'Onboarding', CsmEmail: 'ALEX@acme.example', NPS: -20 },
    ]);
    const company = await companyOf(callers.acme, 'sf-300');
    expect(company).toMatchObject({ emailDomain: 'Kestrel.example', lifecycle: 'Onboarding', csmId: users.alex!.id, nps: -20 });

    const byDomain = await upsert(callers.acme, [{ Name: 'Kestrel Labs KK', EmailDomain: 'kestrel.example', NPS: 35 }]);
    expect(byDomain.results[0]).toMatchObject({ ExternalId: null, status: 'updated', id: created.results[0]!.id });
    const byName = await upsert(callers.acme, [{ Name: 'Kestrel Labs KK', CsmEmail: null }]);
    expect(byName.results[0]).toMatchObject({ status: 'updated', id: created.results[0]!.id });
    expect(await companyOf(callers.acme, 'sf-300')).toMatchObject({ name: 'Kestrel Labs KK', externalId: 'sf-300', nps: 35, csmId: null });
    expect((await upsert(callers.acme, [{ Name: 'Kestrel Labs KK', NPS: 35 }])).results[0]!.status).toBe('unchanged');
  });

  it('refuses a CSM who is not a user of the domain, naming CsmEmail, and an NPS out of range, writing nothing', async () => {
    const { results } = await upsert(callers.acme, [
      { ExternalId: 'sf-310', Name: 'Osprey Freight', CsmEmail: 'olga.petrova@globex.example' },
      { ExternalId: 'sf-311', Name: 'Osprey Air', NPS: 140 },
    ]);
    expect(results.map((result) => result.errors?.[0]?.field)).toEqual(['CsmEmail', 'NPS']);
    expect(await store.prisma.company.count({ where: { domainId: callers.acme.domainId, externalId: { in: ['sf-310', 'sf-311'] } } })).toBe(0);
  });
});
