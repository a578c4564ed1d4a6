import fc from 'fast-check';
import type { z } from 'zod';

/** Real ids of the seeded store, so that generated requests also get past "no such id" into the domain. */
export interface IdPool {
  uuids: readonly string[];
  /** The ids a field of that name takes (`companyId`, `activityId`…), so a request names a real one of the right kind. */
  idsByName: Readonly<Record<string, readonly string[]>>;
  /** Values the fuzz may use for strings in general: real keys, subjects and the like. */
  words: readonly string[];
}

const ONE_MB = 1024 * 1024;
const year0 = '0000-01-01T00:00:00.000Z';
const cursorOf = (position: object) => Buffer.from(JSON.stringify(position)).toString('base64url');
const RANDOM_UUID = '5b3c2f0e-8d7a-4c61-9e2b-0f1a2b3c4d5e';

/** Strings a hostile client sends: what the store cannot hold, what is too long, injections and bad ids and cursors. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  'a\uD800b',
  '\uDFFF',
  'x'.repeat(ONE_MB),
  "' OR 1=1 --",
  '\'; DROP TABLE "Activity"; --',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '${jndi:ldap://127.0.0.1/a}',
  '%00',
  '%',
  '\\',
  '\r\nSet-Cookie: a=b',
  '𝕏😀ＡＢＣ日本語',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  RANDOM_UUID.toUpperCase(),
  `${RANDOM_UUID}\u0000`,
  '0000-01-01',
  '9999-12-31',
  '10000-01-01',
  '2025-02-30',
  year0,
  '9999-12-31T23:59:59.999-05:00',
  '+275760-09-13T00:00:00.000Z',
  'eyJ',
  cursorOf({ d: year0, i: RANDOM_UUID }),
  cursorOf({ t: year0, i: RANDOM_UUID }),
  cursorOf({ e: year0, i: RANDOM_UUID }),
  cursorOf({ s: 'OPEN', d: '0000-01-01', i: RANDOM_UUID }),
  cursorOf({ p: RANDOM_UUID }),
  cursorOf({ d: '2025-01-01T00:00:00Z', i: `${RANDOM_UUID}\u0000` }),
  cursorOf([]),
  cursorOf({ d: 1e308, i: null }),
  '1e308',
  '-0',
  'NaN',
  'true',
  'null',
];

export const HOSTILE_NUMBERS: readonly number[] = [0, -0, -1, 1.5, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, -(2 ** 63), 2 ** 31, 999_999_999_999.99];

/** A JSON value nested `depth` deep. */
export const deepJson = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
};

/** Anything at all, for a field of the wrong type. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, [], {}, deepJson(500)),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_STRINGS),
);

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
type Check = { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; format?: string } } };
const checksOf = (schema: z.ZodType): Check[] => (defOf(schema).checks as Check[] | undefined) ?? [];
const checkValue = (schema: z.ZodType, name: string, key: 'maximum' | 'minimum' | 'value'): number | undefined =>
  checksOf(schema).find((check) => check._zod.def.check === name)?._zod.def[key];

/** Text a contract of plain strings may let through, though the store cannot hold it. */
const unstorableText = fc.oneof(
  fc.string({ maxLength: 20 }).map((text) => `${text}\u0000`),
  fc.constantFrom('a\u0000b', '\u0000', 'a\uD800b', '\uDC00x', 'x\uDBFF'),
);

/** Instants a contract of ISO strings may let through, though the store cannot hold them (or what the domain makes of them). */
const EXTREME_INSTANTS = ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00+05:00', '9999-12-31T23:59:59Z', '9999-12-31T23:00:00-05:00', '0000-06-15T12:00:00.000Z'];
const EXTREME_DAYS = ['0000-01-01', '0001-01-01', '9999-12-31', '0000-02-29'];

const someDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true });

function plausibleString(schema: z.ZodType, pool: IdPool, name: string): fc.Arbitrary<string> {
  const format = defOf(schema).format as string | undefined;
  const orExtreme = (usual: fc.Arbitrary<string>, extremes: readonly string[]) =>
    fc.oneof({ arbitrary: usual, weight: 3 }, { arbitrary: fc.constantFrom(...extremes), weight: 1 });
  switch (format) {
    case 'uuid':
    case 'guid':
      return fc.oneof({ arbitrary: fc.constantFrom(...(pool.idsByName[name] ?? pool.uuids)), weight: 3 }, { arbitrary: fc.uuid(), weight: 1 });
    case 'datetime':
      return orExtreme(
        someDate.map((date) => date.toISOString()),
        EXTREME_INSTANTS,
      );
    case 'date':
      return orExtreme(
        someDate.map((date) => date.toISOString().slice(0, 10)),
        EXTREME_DAYS,
      );
    case 'email':
      return fc.emailAddress();
    case 'url':
      return fc.webUrl();
    default: {
      const max = checkValue(schema, 'max_length', 'maximum') ?? 300;
      return fc.oneof(
        { arbitrary: fc.constantFrom(...pool.words), weight: 2 },
        { arbitrary: fc.string({ minLength: 1, maxLength: Math.min(max, 400), unit: 'grapheme' }), weight: 2 },
        // Plain strings and calendar days checked only by shape (YYYY-MM-DD) are where the store's limits hide.
        { arbitrary: unstorableText, weight: 1 },
        { arbitrary: fc.constantFrom(...EXTREME_DAYS, ...EXTREME_INSTANTS), weight: 1 },
      );
    }
  }
}

/**
 * A generator for a zod contract: mostly values of its shape (real ids, plausible strings and numbers near
 * the bounds), mixed with hostile ones at every level, so that both the refusals and the domain behind them
 * are reached.
 */
export function arbitraryOf(schema: z.ZodType, pool: IdPool, name = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const hostile = fc.oneof(anyJson, fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom(...HOSTILE_STRINGS));
  // Mostly well-formed, so that one bad field at a time reaches the domain and the store.
  const mix = (plausible: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: plausible, weight: 9 }, { arbitrary: hostile, weight: 1 });
  switch (def.type) {
    case 'string':
      return mix(plausibleString(schema, pool, name));
    case 'number': {
      const min = checkValue(schema, 'greater_than', 'value') ?? -1e6;
      const max = checkValue(schema, 'less_than', 'value') ?? 1e6;
      const near = fc.oneof(
        fc.integer({ min: Math.max(-1e9, Math.ceil(min) - 1), max: Math.min(1e9, Math.floor(max) + 1) }),
        fc.double({ min, max, noNaN: true }),
      );
      // Query values arrive as strings: `z.coerce.number()` turns them into numbers.
      return mix(def.coerce ? near.map(String) : near);
    }
    case 'boolean':
      return mix(fc.boolean());
    case 'enum':
      return mix(fc.constantFrom(...Object.values(def.entries as Record<string, string>)));
    case 'literal':
      return mix(fc.constantFrom(...(def.values as unknown[])));
    case 'null':
      return mix(fc.constant(null));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.oneof(fc.constant(undefined), arbitraryOf(def.innerType as z.ZodType, pool, name));
    case 'nullable':
      return fc.oneof(fc.constant(null), arbitraryOf(def.innerType as z.ZodType, pool, name));
    case 'readonly':
    case 'catch':
      return arbitraryOf(def.innerType as z.ZodType, pool, name);
    case 'pipe':
      return arbitraryOf(def.in as z.ZodType, pool, name);
    case 'transform':
      return anyJson;
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => arbitraryOf(option, pool, name)));
    case 'array': {
      const max = checkValue(schema, 'max_length', 'maximum') ?? 5;
      return mix(fc.array(arbitraryOf(def.element as z.ZodType, pool, name), { maxLength: Math.min(max + 1, 6) }));
    }
    case 'record':
      return mix(
        fc.dictionary(
          plausibleString(def.keyType as z.ZodType, pool, name).filter((key) => key !== '__proto__'),
          arbitraryOf(def.valueType as z.ZodType, pool, name),
          { maxKeys: 4 },
        ),
      );
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, arbitraryOf(field, pool, key)]));
      return mix(fc.record(fields, { requiredKeys: [] }));
    }
    default:
      return anyJson;
  }
}

/** JSON text nested `depth` deep, written without recursion (nothing on this side overflows its stack). */
const deepJsonText = (depth: number) => `${'[{"a":'.repeat(depth / 2)}0${'}]'.repeat(depth / 2)}`;

/**
 * A JSON request body for a contract, as text: what `arbitraryOf` makes, but always an object or an array
 * (the BFF's JSON parser takes nothing else, as any JSON client sends), and now and then one 10,000 deep.
 */
export function bodyArbitraryOf(schema: z.ZodType, pool: IdPool): fc.Arbitrary<string> {
  const shaped = arbitraryOf(schema, pool).map((body) => JSON.stringify(typeof body === 'object' && body !== null ? body : [body]));
  return fc.oneof({ arbitrary: shaped, weight: 19 }, { arbitrary: fc.constant(deepJsonText(10_000)), weight: 1 });
}
