import { valueSchemaOf, type CompanyAttributes } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { rejection, storeTest as it } from '../../test/support/index.ts';
import { ZOOM_LAYOUT_KEYS } from '../seed/attributes.ts';
import type { PrismaClient } from '../store/prisma.ts';
import type { Actor } from '../permissions/actor.ts';
import { attributesOf, readAttributes } from './read-attributes.ts';
import { updateAttributes } from './update-attributes.ts';

let prisma: PrismaClient;
let alex: Actor;
let vera: Actor;
let sam: Actor;
let acmeCompanies: string[];
let globexCompany: string;

const read = (companyId: string, reader: Actor = alex) => readAttributes(prisma, reader, companyId);
const valueOf = (attributes: CompanyAttributes, key: string) => attributes.fields.find((field) => field.key === key)?.value;

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  [alex, vera, sam] = await actors('alex@acme.example', 'vera@acme.example', 'sam@globex.example');
  acmeCompanies = (await prisma.company.findMany({ where: { domainId: alex.domainId }, orderBy: { name: 'asc' }, take: 6 })).map((company) => company.id);
  globexCompany = (await prisma.company.findFirstOrThrow({ where: { domainId: sam.domainId } })).id;
});

describe('readAttributes', () => {
  it("lists the admin's fields in the admin's order, with typed values, the domain's currency and a version", async () => {
    const attributes = await read(acmeCompanies[0]!);
    expect(attributes.fields.map((field) => field.key)).toEqual([...ZOOM_LAYOUT_KEYS]);
    expect(attributes.currency).toBe('USD');
    expect(attributes.version).toBe(1);
    expect(typeof valueOf(attributes, 'arr')).toBe('number');
    expect(valueOf(attributes, 'renewalDate')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof valueOf(attributes, 'onboardingComplete')).toBe('boolean');
    expect(attributes.fields.find((field) => field.key === 'stage')?.options.length).toBeGreaterThan(1);
    expect(attributes.fields.find((field) => field.key === 'nps')).toMatchObject({ readOnly: true, integer: true });
    // Amounts and counts start at 0 unless the admin says otherwise; other types have no bounds.
    expect(attributes.fields.find((field) => field.key === 'arr')).toMatchObject({ min: 0, max: null });
    expect(attributes.fields.find((field) => field.key === 'licensedSeats')).toMatchObject({ min: 0, max: null });
    expect(attributes.fields.find((field) => field.key === 'healthNotes')).toMatchObject({ min: null, max: null });
    const csm = valueOf(attributes, 'csm');
    expect(attributes.users.some((user) => user.id === csm)).toBe(true);
  });

  it('holds no seeded value that its own attribute would refuse, shown or not, read-only (NPS, −100 to 100) included', async () => {
    const companies = await prisma.company.findMany({ select: { id: true, domainId: true } });
    const refused: string[] = [];
    for (const company of companies) {
      for (const field of (await attributesOf(prisma, company.domainId, company.id)).fields) {
        if (!valueSchemaOf(field).safeParse(field.value).success) refused.push(`${field.key}=${String(field.value)}`);
      }
    }
    expect(refused).toEqual([]);
    // The standard amounts and counts outside the layout are at or above their default minimum of 0 too.
    expect(await prisma.company.count({ where: { OR: [{ arr: { lt: 0 } }, { mrr: { lt: 0 } }, { employees: { lt: 0 } }] } })).toBe(0);
  });

  it("answers another domain's company as not found", async () => {
    expect((await rejection(read(globexCompany))).code).toBe('NOT_FOUND');
    expect((await rejection(read('not-a-uuid'))).code).toBe('NOT_FOUND');
  });
});

describe('updateAttributes', () => {
  it('stores a value of every type, standard and custom, and moves the version on', async () => {
    const companyId = acmeCompanies[1]!;
    const before = await read(companyId);
    const values = {
      arr: 125_000.5,
      renewalDate: '2027-03-31',
      stage: valueOf(before, 'stage') === 'Adoption' ? 'Renewal' : 'Adoption',
      csm: vera.id,
      executiveSponsor: '  Dana Scott ',
      onboardingComplete: false,
      licensedSeats: 42,
      nextQbr: null,
      renewalOwner: alex.id,
    };
    const after = await updateAttributes(prisma, alex, companyId, { values, version: before.version });
    expect(after.version).toBe(before.version + 1);
    for (const [key, value] of Object.entries(values)) expect(valueOf(after, key)).toEqual(typeof value === 'string' ? value.trim() : value);
    expect(await read(companyId)).toEqual(after);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { type: 'attributes.updated', companyId } });
    expect(audit).toMatchObject({ userId: alex.id, data: { keys: Object.keys(values), version: after.version } });
  });

  it('names every bad value and changes nothing', async () => {
    const companyId = acmeCompanies[2]!;
    const before = await read(companyId);
    const error = await rejection(
      updateAttributes(prisma, alex, companyId, {
        values: {
          executiveSponsor: 'Kept out',
          licensedSeats: 'many',
          nextQbr: '2026-13-45',
          stage: 'Nowhere',
          contractType: null,
          nps: 10,
          shoeSize: 9,
          employees: 10.5,
          arr: 1.234,
          csm: sam.id,
        },
        version: before.version,
      }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.errors?.map((fieldError) => fieldError.path).sort()).toEqual(
      [
        'values.arr',
        'values.contractType',
        'values.csm',
        'values.employees',
        'values.licensedSeats',
        'values.nextQbr',
        'values.nps',
        'values.shoeSize',
        'values.stage',
      ].sort(),
    );
    expect(await read(companyId)).toEqual(before);
  });

  it('refuses a negative ARR, naming the field and the bound', async () => {
    const companyId = acmeCompanies[2]!;
    const before = await read(companyId);
    const error = await rejection(updateAttributes(prisma, alex, companyId, { values: { arr: -5 }, version: before.version }));
    expect(error.code).toBe('VALIDATION');
    expect(error.errors).toEqual([{ path: 'values.arr', message: 'Enter 0 or more.' }]);
    expect(await read(companyId)).toEqual(before);
  });

  it('refuses a stale version with the current values and version, never overwriting', async () => {
    const companyId = acmeCompanies[3]!;
    const opened = await read(companyId);
    const theirs = await updateAttributes(prisma, alex, companyId, { values: { healthNotes: 'Theirs' }, version: opened.version });
    const error = await rejection(updateAttributes(prisma, alex, companyId, { values: { healthNotes: 'Mine' }, version: opened.version }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details?.current).toEqual(theirs);
    expect(valueOf(await read(companyId), 'healthNotes')).toBe('Theirs');
  });

  it('lets only a Full licence edit, saying why', async () => {
    const companyId = acmeCompanies[4]!;
    const { version } = await read(companyId);
    const error = await rejection(updateAttributes(prisma, vera, companyId, { values: { healthNotes: 'Viewer' }, version }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Your Viewer licence cannot edit attributes: it needs a Full licence.');
  });

  it('keeps every tenant to its own companies', async () => {
    const error = await rejection(updateAttributes(prisma, sam, acmeCompanies[5]!, { values: { healthNotes: 'Globex' }, version: 1 }));
    expect(error.code).toBe('NOT_FOUND');
    expect(valueOf(await read(acmeCompanies[5]!), 'healthNotes')).not.toBe('Globex');
  });
});
