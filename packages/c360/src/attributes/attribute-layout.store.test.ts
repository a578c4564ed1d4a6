import { describe, expect } from 'vitest';
import { rejection, storeTest as it } from '../../test/support/index.ts';
import type { PrismaClient } from '../store/prisma.ts';
import type { Actor } from '../permissions/actor.ts';
import { readAttributeLayout } from './read-attribute-layout.ts';
import { readAttributes } from './read-attributes.ts';
import { saveAttributeLayout } from './save-attribute-layout.ts';
import { updateAttributes } from './update-attributes.ts';

let prisma: PrismaClient;
let alex: Actor;
let hana: Actor;
let olga: Actor;

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  [alex, hana, olga] = await actors('alex@acme.example', 'hana.sato@acme.example', 'olga.petrova@globex.example');
});

describe('the Zoom attribute layout', () => {
  it("the admin's choice and order is what the Attributes tab shows, in that domain only", async () => {
    const globexBefore = await readAttributeLayout(prisma, olga);
    const layout = await readAttributeLayout(prisma, alex);
    expect(layout.definitions.length).toBeGreaterThan(layout.keys.length);

    const saved = await saveAttributeLayout(prisma, alex, { keys: ['industry', 'arr', 'csm'] });
    expect(saved.keys).toEqual(['industry', 'arr', 'csm']);
    const company = await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId } });
    const attributes = await readAttributes(prisma, alex, company.id);
    expect(attributes.fields.map((field) => field.key)).toEqual(['industry', 'arr', 'csm']);
    expect(await readAttributeLayout(prisma, olga)).toEqual(globexBefore);
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

  it("sets a number field's bounds, which every later edit of its value must keep", async () => {
    const saved = await saveAttributeLayout(prisma, alex, {
      keys: ['arr', 'licensedSeats'],
      bounds: { licensedSeats: { min: 1, max: 500 }, arr: { min: null, max: null } },
    });
    expect(saved.definitions.find((definition) => definition.key === 'licensedSeats')).toMatchObject({ min: 1, max: 500 });
    expect(saved.definitions.find((definition) => definition.key === 'arr')).toMatchObject({ min: null, max: null });
    expect(saved.definitions.find((definition) => definition.key === 'mrr')).toMatchObject({ min: 0, max: null });

    const company = await prisma.company.findFirstOrThrow({ where: { domainId: alex.domainId }, orderBy: { name: 'desc' } });
    const { version } = await readAttributes(prisma, alex, company.id);
    const error = await rejection(updateAttributes(prisma, alex, company.id, { values: { licensedSeats: 501, arr: -5 }, version }));
    // The bound the admin set is the one named; the one the admin removed refuses nothing.
    expect(error.errors).toEqual([{ path: 'values.licensedSeats', message: 'Enter 500 or less.' }]);
    const edited = await updateAttributes(prisma, alex, company.id, { values: { licensedSeats: 500, arr: -5 }, version });
    expect(edited.fields.find((field) => field.key === 'licensedSeats')).toMatchObject({ value: 500, min: 1, max: 500 });
    expect(edited.fields.find((field) => field.key === 'arr')).toMatchObject({ value: -5, min: null });
  });

  it('names bounds that are not for a number or currency field, or upside down, and saves nothing', async () => {
    const before = await readAttributeLayout(prisma, alex);
    const error = await rejection(
      saveAttributeLayout(prisma, alex, {
        keys: before.keys,
        bounds: { healthNotes: { min: 0, max: 1 }, nps: { min: 0, max: 10 }, shoeSize: { min: 0, max: 1 } },
      }),
    );
    expect(error.errors?.map((fieldError) => fieldError.path).sort()).toEqual(['bounds.healthNotes', 'bounds.nps', 'bounds.shoeSize']);
    const upsideDown = await rejection(saveAttributeLayout(prisma, alex, { keys: before.keys, bounds: { mrr: { min: 10, max: 1 } } }));
    expect(upsideDown.errors).toEqual([{ path: 'bounds.mrr.max', message: 'The maximum cannot be below the minimum.' }]);
    expect(await readAttributeLayout(prisma, alex)).toEqual(before);
  });

  it('is for tenant administrators only', async () => {
    expect((await rejection(saveAttributeLayout(prisma, hana, { keys: [] }))).code).toBe('FORBIDDEN');
    expect((await rejection(readAttributeLayout(prisma, hana))).code).toBe('FORBIDDEN');
  });
});
