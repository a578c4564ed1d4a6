import { apiUpsertResultSchema, PROBLEM_CONTENT_TYPE } from '@c360/contracts';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { apiKeyOf, callDomainApi, records } from '../support/domain-api.ts';
import { gainsightTestApp, get, signedIn } from '../support/gainsight.ts';

// Issue 17: POST /api/v1/companies, called by an integration with an API key (no session, no Origin).
const file = fileAppOf(it, ['session', 'rateLimitCounter']);
const newKey = (email: string, name?: string) => apiKeyOf(file.store, email, name);
const keyOf = async (email: string, name?: string) => (await newKey(email, name)).key;
const postCompanies = (key: string | undefined, body: unknown, app = file.app) => callDomainApi(app, '/api/v1/companies', key, body);

describe('POST /api/v1/companies', () => {
  it('upserts by ExternalId with the key in an accesskey header, answering per-record results; the company is then in search', async () => {
    const key = await keyOf('alex@acme.example');
    const res = await postCompanies(
      key,
      records({ ExternalId: 'gs-100', Name: 'Kōbe Steelworks', Industry: 'Steel', Employees: 1200, ARR: 480000, RenewalDate: '2027-04-01' }),
    ).expect(200);
    const { results } = apiUpsertResultSchema.parse(res.body);
    expect(results).toEqual([{ index: 0, ExternalId: 'gs-100', status: 'created', id: expect.any(String) }]);
    expect(res.headers['set-cookie']).toBeUndefined();
    const cookie = await signedIn(file.app, file.store, 'alex@acme.example');
    const found = await get(file.app, '/api/search?q=kobe', cookie).expect(200);
    expect(JSON.stringify(found.body)).toContain(results[0]!.id);
  });

  it('accepts the key as Authorization: Bearer too', async () => {
    const key = await keyOf('alex@acme.example');
    await request(file.app)
      .post('/api/v1/companies')
      .set('Authorization', `Bearer ${key}`)
      .send(records({ ExternalId: 'gs-101', Name: 'Bearer Co' }))
      .expect(200);
  });

  it('re-sending a batch changes nothing', async () => {
    const key = await keyOf('alex@acme.example');
    const batch = records({ ExternalId: 'gs-200', Name: 'Again Ltd', ARR: 99.99 }, { ExternalId: 'gs-201', Name: 'Again Two', RenewalDate: '2027-01-01' });
    await postCompanies(key, batch).expect(200);
    const again = apiUpsertResultSchema.parse((await postCompanies(key, batch).expect(200)).body);
    expect(again.results.map((result) => result.status)).toEqual(['unchanged', 'unchanged']);
  });

  it('writes the good records and answers the bad ones with their field errors', async () => {
    const key = await keyOf('alex@acme.example');
    const res = await postCompanies(
      key,
      records({ ExternalId: 'gs-300', Name: 'Fine Co' }, { ExternalId: 'gs-301', Name: 'Bad Co', Employees: 'many' }),
    ).expect(200);
    const { results } = apiUpsertResultSchema.parse(res.body);
    expect(results[0]).toMatchObject({ status: 'created' });
    expect(results[1]).toEqual({ index: 1, ExternalId: 'gs-301', status: 'error', errors: [{ field: 'Employees', message: expect.any(String) }] });
    expect(await file.store.prisma.company.count({ where: { externalId: 'gs-301' } })).toBe(0);
  });

  it('refuses more than 50 records with a 400 naming records, writing nothing', async () => {
    const key = await keyOf('alex@acme.example');
    const many = Array.from({ length: 51 }, (_, i) => ({ ExternalId: `bulk-${i}`, Name: `Bulk ${i}` }));
    const res = await postCompanies(key, { records: many }).expect(400);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body.errors).toEqual([{ path: 'records', message: 'Send at most 50 records in one request.' }]);
    expect(await file.store.prisma.company.count({ where: { externalId: { startsWith: 'bulk-' } } })).toBe(0);
  });

  it.each([
    ['no key', undefined],
    ['an unknown key', 'c360_nobody-made-this-key'],
  ])('refuses %s with a 401 problem, before reading the body', async (_what, key) => {
    const res = await postCompanies(key, '{"records": [').set('Content-Type', 'application/json').expect(401);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('does not take a session cookie in place of a key', async () => {
    const cookie = await signedIn(file.app, file.store, 'alex@acme.example');
    await request(file.app)
      .post('/api/v1/companies')
      .set('Cookie', cookie)
      .set('Origin', 'http://localhost')
      .send(records({ ExternalId: 'x', Name: 'x' }))
      .expect(401);
  });

  it('a key cannot touch another domain', async () => {
    const acmeKey = await keyOf('alex@acme.example');
    const globexKey = await keyOf('olga.petrova@globex.example');
    const acme = apiUpsertResultSchema.parse((await postCompanies(acmeKey, records({ ExternalId: 'both-1', Name: 'Both Co' })).expect(200)).body);
    const globex = apiUpsertResultSchema.parse(
      (await postCompanies(globexKey, records({ ExternalId: 'both-1', Name: 'Both Co', Stage: 'Churned' })).expect(200)).body,
    );
    expect(globex.results[0]).toMatchObject({ status: 'created' });
    const acmeCompany = await file.store.prisma.company.findUniqueOrThrow({ where: { id: acme.results[0]!.id! } });
    expect(acmeCompany.stage).toBeNull();
    const globexDomain = await file.store.prisma.domain.findUniqueOrThrow({ where: { host: 'globex.us2.gainsightcloud.com' } });
    expect((await file.store.prisma.company.findUniqueOrThrow({ where: { id: globex.results[0]!.id! } })).domainId).toBe(globexDomain.id);
  });

  it('audits every call with its key, endpoint and counts', async () => {
    const { id: keyId, key } = await newKey('alex@acme.example');
    await postCompanies(key, records({ ExternalId: 'au-1', Name: 'Audit Co' }, { ExternalId: 'au-2' })).expect(200);
    const events = await file.store.prisma.auditEvent.findMany({ where: { type: 'api.call', data: { path: ['keyId'], equals: keyId } } });
    expect(events.map((event) => event.data)).toEqual([
      { keyId, endpoint: 'POST /api/v1/companies', records: 2, created: 1, updated: 0, unchanged: 0, errors: 1 },
    ]);
  });

  it('rate-limits each key on its own: 429 with Retry-After past the limit', async () => {
    const limited = gainsightTestApp(file.store, { apiRateLimit: { limit: 2, windowSeconds: 60 } });
    const [first, second] = [await keyOf('alex@acme.example', 'first'), await keyOf('alex@acme.example', 'second')];
    const body = records({ ExternalId: 'rl-1', Name: 'Rate Limited Co' });
    await postCompanies(first, body, limited).expect(200);
    await postCompanies(first, body, limited).expect(200);
    const refused = await postCompanies(first, body, limited).expect(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.detail).toBe('Too many requests with this API key. Try again in 1 minute.');
    expect(refused.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    await postCompanies(second, body, limited).expect(200);
  });

  it('answers an unknown /api/v1 path with a 404 problem once the key is valid', async () => {
    const key = await keyOf('alex@acme.example');
    await request(file.app).get('/api/v1/nothing').set('accesskey', key).expect(404);
  });
});
