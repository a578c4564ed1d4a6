import { apiUpsertResultSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { apiKeyOf, callDomainApi, records } from '../support/domain-api.ts';

// Issue 17: POST /api/v1/relationships, called by an integration with an API key (no session, no Origin).
const file = fileAppOf(it, ['session', 'rateLimitCounter']);
const keyOf = async (email: string) => (await apiKeyOf(file.store, email)).key;
const post = async (key: string, path: string, body: unknown) => apiUpsertResultSchema.parse((await callDomainApi(file.app, path, key, body).expect(200)).body);
/** A relationship type of the key's domain, by name. */
const typeOf = async (email: string) => {
  const user = await file.store.prisma.user.findFirstOrThrow({ where: { email } });
  return (await file.store.prisma.relationshipType.findFirstOrThrow({ where: { domainId: user.domainId }, orderBy: { name: 'asc' } })).name;
};

describe('POST /api/v1/relationships', () => {
  it('upserts a relationship under the company the integration upserted, answering per record; again changes nothing', async () => {
    const key = await keyOf('alex@acme.example');
    await post(key, '/api/v1/companies', records({ ExternalId: 'gs-rel-co', Name: 'Relationship Holdings' }));
    const batch = records(
      { ExternalId: 'gs-rel-1', CompanyExternalId: 'gs-rel-co', Name: 'Tokyo Branch', Type: await typeOf('alex@acme.example'), CsmEmail: 'alex@acme.example' },
      { ExternalId: 'gs-rel-2', CompanyExternalId: 'gs-rel-co', Name: 'Osaka Branch', Type: 'No Such Type' },
    );
    const { results } = await post(key, '/api/v1/relationships', batch);
    expect(results).toEqual([
      { index: 0, ExternalId: 'gs-rel-1', status: 'created', id: expect.any(String) },
      { index: 1, ExternalId: 'gs-rel-2', status: 'error', errors: [{ field: 'Type', message: 'Your domain has no relationship type of this name.' }] },
    ]);
    expect(await file.store.prisma.relationship.findUniqueOrThrow({ where: { id: results[0]!.id! }, include: { company: true } })).toMatchObject({
      name: 'Tokyo Branch',
      company: { name: 'Relationship Holdings' },
    });
    expect((await post(key, '/api/v1/relationships', batch)).results.map(({ status }) => status)).toEqual(['unchanged', 'error']);
  });

  it("a key never finds another domain's company", async () => {
    const acmeKey = await keyOf('alex@acme.example');
    await post(acmeKey, '/api/v1/companies', records({ ExternalId: 'gs-rel-acme', Name: 'Acme Only Co' }));
    const globexKey = await keyOf('olga.petrova@globex.example');
    const { results } = await post(
      globexKey,
      '/api/v1/relationships',
      records({ ExternalId: 'gs-rel-x', CompanyExternalId: 'gs-rel-acme', Name: 'Nope', Type: await typeOf('olga.petrova@globex.example') }),
    );
    expect(results[0]).toMatchObject({ status: 'error', errors: [{ field: 'CompanyExternalId' }] });
    expect(await file.store.prisma.relationship.count({ where: { externalId: 'gs-rel-x' } })).toBe(0);
  });

  it('audits the call with its endpoint and counts', async () => {
    const { id: keyId, key } = await apiKeyOf(file.store, 'alex@acme.example');
    await post(key, '/api/v1/relationships', records({ Name: 'No Company' }));
    const events = await file.store.prisma.auditEvent.findMany({ where: { type: 'api.call', data: { path: ['keyId'], equals: keyId } } });
    expect(events.map((event) => event.data)).toEqual([
      { keyId, endpoint: 'POST /api/v1/relationships', records: 1, created: 0, updated: 0, unchanged: 0, errors: 1 },
    ]);
  });
});
