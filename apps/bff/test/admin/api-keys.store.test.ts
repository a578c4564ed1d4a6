import { apiKeyListSchema, createdApiKeySchema, PROBLEM_CONTENT_TYPE } from '@c360/contracts';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { signedIn } from '../support/gainsight.ts';
import { clientOf } from '../support/http-client.ts';

// Issue 17: tenant admins manage the domain API's access keys at /api/admin/api-keys.
const file = fileAppOf(it, ['session', 'rateLimitCounter']);
const as = async (username: string, host?: string) => clientOf(file.app, await signedIn(file.app, file.store, username, host ? { host } : {}));
type Client = Awaited<ReturnType<typeof as>>;
const createKey = async (admin: Client, name: string) => createdApiKeySchema.parse((await admin.post('/api/admin/api-keys', { name }).expect(201)).body);
/** One company upserted with the key, as an integration calls the domain API. */
const useKey = (key: string, ExternalId: string) =>
  request(file.app)
    .post('/api/v1/companies')
    .set('accesskey', key)
    .send({ records: [{ ExternalId, Name: `Company ${ExternalId}` }] });

describe('POST /api/admin/api-keys', () => {
  it('answers the new key once (201), never cached, and stores only its hash', async () => {
    const res = await (await as('alex@acme.example')).post('/api/admin/api-keys', { name: 'Salesforce sync' }).expect(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const created = createdApiKeySchema.parse(res.body);
    expect(created.name).toBe('Salesforce sync');
    const stored = await file.store.prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(stored)).not.toContain(created.key);
  });

  it('a retried create (same Idempotency-Key) makes no second key: the one key gets a new secret, which is the one that works', async () => {
    const alex = await as('alex@acme.example');
    const send = () => alex.post('/api/admin/api-keys', { name: 'Retried sync' }).set('Idempotency-Key', '4f1c1b8e-6f0a-4b8e-9d1e-2b9f6d2f7a10').expect(201);
    const first = createdApiKeySchema.parse((await send()).body);
    const retry = createdApiKeySchema.parse((await send()).body);
    expect(retry.id).toBe(first.id);
    expect(retry.key).not.toBe(first.key);
    expect(await file.store.prisma.apiKey.count({ where: { name: 'Retried sync' } })).toBe(1);
    expect((await useKey(first.key, 'retry-1')).status).toBe(401);
    expect((await useKey(retry.key, 'retry-2')).status).toBe(200);
  });

  it('a viewer cannot create a key', async () => {
    const before = await file.store.prisma.apiKey.count();
    const res = await (await as('vera@acme.example')).post('/api/admin/api-keys', { name: 'mine' }).expect(403);
    expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(res.body.detail).toBe('Your Viewer licence cannot administer the Zoom app: it needs a Full licence.');
    await (await as('hana.sato@acme.example')).post('/api/admin/api-keys', { name: 'mine' }).expect(403);
    expect(await file.store.prisma.apiKey.count()).toBe(before);
  });

  it('names a missing name', async () => {
    const res = await (await as('alex@acme.example')).post('/api/admin/api-keys', {}).expect(400);
    expect(res.body.errors.map((error: { path: string }) => error.path)).toEqual(['name']);
  });

  it('is refused from another site, and without a sign-in', async () => {
    const cookie = await signedIn(file.app, file.store, 'alex@acme.example');
    await request(file.app).post('/api/admin/api-keys').set('Cookie', cookie).set('Origin', 'https://evil.example').send({ name: 'x' }).expect(403);
    await clientOf(file.app).post('/api/admin/api-keys', { name: 'x' }).expect(401);
  });
});

describe('GET /api/admin/api-keys', () => {
  it("lists the domain's keys without the key, and not another domain's", async () => {
    const alex = await as('alex@acme.example');
    const created = await createKey(alex, 'listed');
    const res = await alex.get('/api/admin/api-keys').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const list = apiKeyListSchema.parse(res.body);
    expect(list.keys.find((key) => key.id === created.id)).toMatchObject({ name: 'listed', prefix: created.key.slice(0, 13), revokedAt: null });
    expect(JSON.stringify(res.body)).not.toContain(created.key);
    const olga = await as('olga.petrova@globex.example', 'globex.us2.gainsightcloud.com');
    expect(apiKeyListSchema.parse((await olga.get('/api/admin/api-keys').expect(200)).body).keys.map((key) => key.id)).not.toContain(created.id);
  });

  it('refuses a user who is not a tenant admin', async () => {
    await (await as('hana.sato@acme.example')).get('/api/admin/api-keys').expect(403);
  });
});

describe('DELETE /api/admin/api-keys/:id', () => {
  it('revokes the key (204): it is listed with when, and refused by the API from then on', async () => {
    const alex = await as('alex@acme.example');
    const { id, key } = await createKey(alex, 'to revoke');
    await useKey(key, 'rv-1').expect(200);
    await alex.delete(`/api/admin/api-keys/${id}`).expect(204);
    const listed = apiKeyListSchema.parse((await alex.get('/api/admin/api-keys').expect(200)).body).keys.find((item) => item.id === id);
    expect(listed?.revokedAt).not.toBeNull();
    expect(listed?.lastUsedAt).not.toBeNull();
    await useKey(key, 'rv-1').expect(401);
  });

  it("answers 404 for another domain's key and leaves it working", async () => {
    const alex = await as('alex@acme.example');
    const { id, key } = await createKey(alex, 'acme key');
    const olga = await as('olga.petrova@globex.example', 'globex.us2.gainsightcloud.com');
    await olga.delete(`/api/admin/api-keys/${id}`).expect(404);
    await olga.delete('/api/admin/api-keys/not-a-uuid').expect(404);
    await useKey(key, 'kept-1').expect(200);
  });

  it('refuses a user who is not a tenant admin', async () => {
    const { id } = await createKey(await as('alex@acme.example'), 'x');
    await (await as('vera@acme.example')).delete(`/api/admin/api-keys/${id}`).expect(403);
    expect((await file.store.prisma.apiKey.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });
});
