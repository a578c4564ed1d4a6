import { apiKeyListSchema, createdApiKeySchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { rejection, storeTest as it, useFixedClock } from '../../test/support/index.ts';
import type { Actor } from '../permissions/actor.ts';
import type { Store } from '../store/index.ts';
import { hashApiKey } from './api-key-secret.ts';
import { authenticateApiKey } from './authenticate-api-key.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './manage-api-keys.ts';

// Issue 17: API access keys, made and revoked by tenant admins (alex of acme, olga of globex), acting for their domain.
const clock = useFixedClock('2026-03-02T09:00:00.000Z');
let store: Store;
let alex: Actor;
let olga: Actor;
let hana: Actor;
let vera: Actor;
it.beforeAll(async ({ store: fileStore, actors }) => {
  store = fileStore;
  [alex, olga, hana, vera] = await actors('alex@acme.example', 'olga.petrova@globex.example', 'hana.sato@acme.example', 'vera@acme.example');
});

const audited = (type: string, keyId: string) => store.prisma.auditEvent.count({ where: { type, data: { path: ['keyId'], equals: keyId } } });

describe('an API access key', () => {
  it('is shown once to the admin who makes it, and stored only as its hash and first characters', async () => {
    const created = createdApiKeySchema.parse(await createApiKey(store.prisma, alex, { name: '  CRM sync  ' }));
    expect(created.name).toBe('CRM sync');
    expect(created.key).toMatch(/^c360_[A-Za-z0-9_-]{43}$/);
    const row = await store.prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ domainId: alex.domainId, createdById: alex.id, keyHash: hashApiKey(created.key), createdAt: clock.now, revokedAt: null });
    expect(created.key.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(created.key.length / 2);
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(await audited('admin.api-key.created', created.id)).toBe(1);
  });

  it('is listed without the key, newest first, with its last use and revocation', async () => {
    const older = await createApiKey(store.prisma, alex, { name: 'older' });
    clock.advance(60_000);
    const newer = await createApiKey(store.prisma, alex, { name: 'newer' });
    const list = apiKeyListSchema.parse(await listApiKeys(store.prisma, alex));
    const ids = list.keys.map((key) => key.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(JSON.stringify(list)).not.toContain(older.key);
    expect(list.keys.find((key) => key.id === newer.id)).toEqual({
      id: newer.id,
      name: 'newer',
      prefix: newer.key.slice(0, 13),
      createdAt: clock.now.toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    });
  });

  it('authenticates as its domain and notes when it was last used', async () => {
    const { id, key } = await createApiKey(store.prisma, alex, { name: 'last used' });
    clock.advance(5_000);
    expect(await authenticateApiKey(store.prisma, key)).toEqual({ keyId: id, domainId: alex.domainId });
    const listed = (await listApiKeys(store.prisma, alex)).keys.find((item) => item.id === id);
    expect(listed?.lastUsedAt).toBe(clock.now.toISOString());
  });

  it('a revoked key is refused', async () => {
    const { id, key } = await createApiKey(store.prisma, alex, { name: 'to revoke' });
    await revokeApiKey(store.prisma, alex, id);
    expect(await rejection(authenticateApiKey(store.prisma, key))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await listApiKeys(store.prisma, alex)).keys.find((item) => item.id === id)?.revokedAt).toBe(clock.now.toISOString());
    // Revoking again changes nothing and audits nothing more.
    await revokeApiKey(store.prisma, alex, id);
    expect(await audited('admin.api-key.revoked', id)).toBe(1);
  });

  it.each([
    ['no key', undefined],
    ['an empty key', ''],
    ['an unknown key', 'c360_not-a-key-anyone-made'],
    ['an overlong key', `c360_${'x'.repeat(500)}`],
  ])('%s is refused', async (_what, key) => {
    expect(await rejection(authenticateApiKey(store.prisma, key))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it("a key cannot be revoked, or seen, by another domain's admin", async () => {
    const { id, key } = await createApiKey(store.prisma, alex, { name: 'acme only' });
    expect(await rejection(revokeApiKey(store.prisma, olga, id))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await listApiKeys(store.prisma, olga)).keys.map((item) => item.id)).not.toContain(id);
    expect(await authenticateApiKey(store.prisma, key)).toMatchObject({ domainId: alex.domainId });
  });

  it('a id that is no key at all is not found', async () => {
    expect(await rejection(revokeApiKey(store.prisma, alex, 'not-a-uuid'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(revokeApiKey(store.prisma, alex, '00000000-0000-4000-8000-000000000000'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cannot be made, listed or revoked by a user who is not a tenant admin, whatever they send', async () => {
    const { id } = await createApiKey(store.prisma, alex, { name: 'kept' });
    const before = await store.prisma.apiKey.count();
    for (const user of [hana, vera]) {
      for (const body of [{ name: 'mine' }, { name: '' }]) {
        expect(await rejection(createApiKey(store.prisma, user, body))).toMatchObject({ code: 'FORBIDDEN', details: { action: 'administer' } });
      }
      expect(await rejection(listApiKeys(store.prisma, user))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await rejection(revokeApiKey(store.prisma, user, id))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await store.prisma.apiKey.count()).toBe(before);
    expect((await store.prisma.apiKey.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  it('needs a name, naming the field', async () => {
    for (const body of [{}, { name: '   ' }, { name: 'x'.repeat(101) }, { name: 'nul\u0000' }]) {
      expect(await rejection(createApiKey(store.prisma, alex, body))).toMatchObject({ code: 'VALIDATION', errors: [{ path: 'name' }] });
    }
  });
});
