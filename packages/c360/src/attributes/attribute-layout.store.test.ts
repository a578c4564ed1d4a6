import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, rejection } from '../../test/support/index.ts';
import type { Store } from '../store/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import type { AttributeEditor } from './attribute-editor.ts';
import { readAttributeLayout } from './read-attribute-layout.ts';
import { readAttributes } from './read-attributes.ts';
import { saveAttributeLayout } from './save-attribute-layout.ts';

let store: Store;
let prisma: PrismaClient;
let alex: AttributeEditor;
let hana: AttributeEditor;
let sam: AttributeEditor;

async function actor(email: string): Promise<AttributeEditor> {
  const user = await prisma.user.findFirstOrThrow({ where: { email }, orderBy: { domain: { host: 'asc' } } });
  return { id: user.id, domainId: user.domainId, licence: user.licence, isAdmin: user.isAdmin };
}

beforeAll(async () => {
  store = await createTestStore({ seeded: true });
  prisma = store.prisma;
  alex = await actor('alex@acme.example');
  hana = await actor('hana.sato@acme.example');
  sam = await actor('sam@globex.example');
});
afterAll(async () => {
  await store?.close();
});

describe('the Zoom attribute layout', () => {
  it("the admin's choice and order is what the Attributes tab shows, in that domain only", async () => {
    const globexBefore = await readAttributeLayout(prisma, sam.domainId);
    const layout = await readAttributeLayout(prisma, alex.domainId);
    expect(layout.definitions.length).toBeGreaterThan(layout.keys.length);

    const saved = await saveAttributeLayout(prisma, alex, { keys: ['industry', 'arr', 'csm'] });
    expect(saved.keys).toEqual(['industry', 'arr', 'csm']);
    const company = await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId } });
    const attributes = await readAttributes(prisma, { domainId: alex.domainId, companyId: company.id });
    expect(attributes.fields.map((field) => field.key)).toEqual(['industry', 'arr', 'csm']);
    expect(await readAttributeLayout(prisma, sam.domainId)).toEqual(globexBefore);
    expect(await prisma.auditEvent.count({ where: { type: 'admin.attribute-layout.updated', userId: alex.id } })).toBe(1);
  });

  it('names unknown and repeated keys', async () => {
    const error = await rejection(saveAttributeLayout(prisma, alex, { keys: ['arr', 'shoeSize', 'arr'] }));
    expect(error.code).toBe('VALIDATION');
    expect(error.errors).toEqual([
      { path: 'keys.1', message: 'There is no attribute "shoeSize".' },
      { path: 'keys.2', message: '"arr" is listed twice.' },
    ]);
  });

  it('is for tenant administrators only', async () => {
    const error = await rejection(saveAttributeLayout(prisma, hana, { keys: [] }));
    expect(error.code).toBe('FORBIDDEN');
  });
});
