import { apiUpsertResultSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { dryRunFile, importFile, storeTest as it } from '../../test/support/index.ts';
import { authenticateApiKey, type ApiKeyCaller } from '../api-keys/authenticate-api-key.ts';
import { createApiKey } from '../api-keys/manage-api-keys.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';
import { upsertRelationships } from './upsert-relationships.ts';

// Issue 17: POST /api/v1/relationships and the relationships import, for acme (alex is its admin) and globex (olga).
let store: Store;
const users = {} as { alex: Actor; olga: Actor };
const callers = {} as { acme: ApiKeyCaller; globex: ApiKeyCaller };
/** Acme's company the tests put relationships under, given an ExternalId, and a relationship type of acme. */
const acme = {} as { companyName: string; typeName: string; otherTypeName: string };
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  const [alex, olga] = await actors('alex@acme.example', 'olga.petrova@globex.example');
  Object.assign(users, { alex, olga });
  const callerOf = async (admin: Actor) => authenticateApiKey(store.prisma, (await createApiKey(store.prisma, admin, { name: 'CRM' })).key);
  Object.assign(callers, { acme: await callerOf(alex), globex: await callerOf(olga) });
  const company = await store.prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId }, orderBy: { name: 'asc' } });
  await store.prisma.company.update({ where: { id: company.id }, data: { externalId: 'crm-co-1' } });
  const [type, otherType] = await store.prisma.relationshipType.findMany({ where: { domainId: alex.domainId }, orderBy: { name: 'asc' }, take: 2 });
  Object.assign(acme, { companyName: company.name, typeName: type!.name, otherTypeName: otherType!.name });
});

const upsert = async (caller: ApiKeyCaller, records: unknown[]) => apiUpsertResultSchema.parse(await upsertRelationships(store.prisma, caller, { records }));
const relationshipOf = (caller: ApiKeyCaller, externalId: string) =>
  store.prisma.relationship.findUnique({
    where: { domainId_externalId: { domainId: caller.domainId, externalId } },
    include: { company: true, type: true, csm: true },
  });
const statuses = (result: { results: Array<{ status: string }> }) => result.results.map(({ status }) => status);

describe('upserting relationships', () => {
  it('creates one under the company its ExternalId names, with its type and CSM, findable by its folded name', async () => {
    const { results } = await upsert(callers.acme, [
      { ExternalId: 'rel-1', CompanyExternalId: 'crm-co-1', Name: 'Équipe Tokyo', Type: acme.typeName, CsmEmail: 'ALEX@acme.example' },
    ]);
    expect(results).toEqual([{ index: 0, ExternalId: 'rel-1', status: 'created', id: expect.any(String) }]);
    expect(await relationshipOf(callers.acme, 'rel-1')).toMatchObject({
      id: results[0]!.id,
      name: 'Équipe Tokyo',
      searchName: 'equipe tokyo',
      company: { name: acme.companyName },
      type: { name: acme.typeName },
      csm: { email: 'alex@acme.example' },
    });
  });

  it('re-sending a record changes nothing; a changed field updates it; a company named by its name finds it too', async () => {
    const record = { ExternalId: 'rel-2', CompanyName: acme.companyName, Name: 'Osaka Branch', Type: acme.typeName };
    expect(statuses(await upsert(callers.acme, [record]))).toEqual(['created']);
    expect(statuses(await upsert(callers.acme, [record, { CompanyExternalId: 'crm-co-1', Name: 'Osaka Branch' }]))).toEqual(['unchanged', 'unchanged']);
    expect(statuses(await upsert(callers.acme, [{ ...record, Type: acme.otherTypeName, CsmEmail: null }]))).toEqual(['updated']);
    expect(await relationshipOf(callers.acme, 'rel-2')).toMatchObject({ type: { name: acme.otherTypeName }, csmId: null, version: 2 });
  });

  it('adopts a relationship of the same name within the company that has no ExternalId yet', async () => {
    const [created] = (await upsert(callers.acme, [{ CompanyExternalId: 'crm-co-1', Name: 'Kyoto Office', Type: acme.typeName }])).results;
    const { results } = await upsert(callers.acme, [{ ExternalId: 'rel-3', CompanyExternalId: 'crm-co-1', Name: 'Kyoto Office' }]);
    expect(results[0]).toMatchObject({ status: 'updated', id: created!.id });
  });

  it('refuses each bad reference by the field that names it, and writes nothing', async () => {
    const before = await store.prisma.relationship.count();
    const { results } = await upsert(callers.acme, [
      { ExternalId: 'bad-1', CompanyExternalId: 'crm-nowhere', Name: 'A', Type: acme.typeName },
      { ExternalId: 'bad-2', CompanyName: 'No Such Company', Name: 'B', Type: acme.typeName },
      { ExternalId: 'bad-3', CompanyExternalId: 'crm-co-1', Name: 'C', Type: 'No Such Type', CsmEmail: 'nobody@acme.example' },
      { ExternalId: 'bad-4', CompanyExternalId: 'crm-co-1', Name: 'D' },
      { ExternalId: 'bad-5', Name: 'E', Type: acme.typeName },
    ]);
    expect(results.map(({ errors }) => errors?.map(({ field }) => field))).toEqual([
      ['CompanyExternalId'],
      ['CompanyName'],
      ['Type', 'CsmEmail'],
      ['Type'],
      ['CompanyExternalId'],
    ]);
    expect(await store.prisma.relationship.count()).toBe(before);
  });

  it("never finds another domain's company, type or user", async () => {
    const { results } = await upsert(callers.globex, [
      { ExternalId: 'rel-1', CompanyExternalId: 'crm-co-1', Name: 'Équipe Tokyo', Type: acme.typeName, CsmEmail: 'alex@acme.example' },
      { CompanyName: acme.companyName, Name: 'Anything' },
    ]);
    expect(results[0]!.errors!.map(({ field }) => field)).toEqual(['CompanyExternalId', 'CsmEmail']);
    expect(results[1]!.errors!.map(({ field }) => field)).toEqual(['CompanyName']);
    expect(await relationshipOf(callers.globex, 'rel-1')).toBeNull();
  });

  it("imports the export's relationships file: a dry run names the bad row, the import writes the others, and again changes nothing", async () => {
    const file = [
      'ExternalId,CompanyExternalId,CompanyName,Name,Type,CsmEmail',
      `imp-rel-1,crm-co-1,${acme.companyName},Nagoya Plant,${acme.typeName},alex@acme.example`,
      `imp-rel-2,,${acme.companyName},Sendai Lab,No Such Type,`,
      `,,${acme.companyName},Fukuoka Desk,${acme.typeName},`,
    ].join('\n');
    expect(await dryRunFile(store.prisma, users.alex, 'relationships', file)).toEqual({
      rows: 3,
      validRows: 2,
      errorCount: 1,
      errors: [{ row: 3, column: 'Type', message: 'Your domain has no relationship type of this name.' }],
    });
    expect(await relationshipOf(callers.acme, 'imp-rel-1')).toBeNull();
    expect(await importFile(store.prisma, users.alex, 'relationships', file)).toMatchObject({ state: 'DONE', created: 2, errorCount: 1 });
    expect(await importFile(store.prisma, users.alex, 'relationships', file)).toMatchObject({
      state: 'DONE',
      created: 0,
      updated: 0,
      unchanged: 2,
      errorCount: 1,
    });
  });
});
