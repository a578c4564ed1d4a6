// Seeds a large C360 store on the PostgreSQL server for `pnpm bench` (bench/run.ts).
// Every bulk step is one server-side `INSERT … SELECT … FROM generate_series`; ids are derived from the
// row number (`bench_uuid('company-' || i)`) so every foreign key can be computed without a lookup.
// Non-key indexes are dropped for the load and rebuilt afterwards (same definitions, read from pg_indexes),
// and foreign-key triggers are off for the load session only (`session_replication_role = replica`): the
// generated keys are valid by construction, and a check at the end proves it on samples.
import { createHash } from 'node:crypto';
import { hashPassword } from '../packages/c360/src/auth/password.ts';
import { openStore } from '../packages/c360/src/store/index.ts';
import pg from 'pg';

export const DEFAULT_BENCH_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/c360_bench';
export const benchDatabaseUrl = () => process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;

export const SIZES = {
  users: 50,
  companies: 100_000,
  relationships: 50_000,
  persons: 1_000_000,
  /** Activities of the one large company (company 0), for the deep-page scenario. */
  largeCompanyActivities: 150_000,
  /** The rest, spread over companies 1…99 999. */
  otherActivities: 1_850_000,
  /** Extra contacts of company 0 (persons also linked to it), so name matching has real work. */
  largeCompanyExtraContacts: 1_000,
  otherDomainCompanies: 1_000,
  otherDomainPersons: 10_000,
  otherDomainActivities: 10_000,
} as const;

export const BENCH_PASSWORD = 'bench-password-not-secret';
export const ids = {
  domain: `bench_uuid('domain-a')`,
  otherDomain: `bench_uuid('domain-b')`,
};

/** Stable SQL-derived ids, also used by run.ts. */
/** Same as bench_uuid() in SQL: md5 of the text, shaped as a version-4 UUID. */
export function benchUuid(text: string): string {
  const h = createHash('md5').update(text).digest('hex');
  const v = `${h.slice(0, 12)}4${h.slice(13, 16)}8${h.slice(17)}`;
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20)}`;
}

// 120 × 120 × 8 distinct (word, word, suffix) names ≥ 100 000 companies.
const WORDS = (
  'apex atlas aurora beacon birch blue bright cedar summit cobalt coral crest crystal delta eagle echo ' +
  'ember falcon fern flint forest fox frontier galaxy garnet glacier global golden granite harbor hawk ' +
  'horizon indigo iris iron ivory jade juniper keystone lake lantern laurel legacy lumen lunar maple ' +
  'marble meadow mercury meridian mesa metro midway mint monarch nimbus noble north northwind nova oak ' +
  'ocean olive omega onyx orbit orchid pacific palm peak pearl pine pioneer pixel polar prairie prime ' +
  'pulse quartz quest radiant rain raven redwood ridge river rock royal ruby sage sapphire scarlet ' +
  'sierra silver sky slate solar spark spruce star sterling stone storm sun swift terra thunder tide ' +
  'timber titan topaz trail true tundra unity valley vector velvet vertex vista wave willow wind zenith'
).split(' ');
const SUFFIXES = ['Labs', 'Systems', 'Group', 'Holdings', 'Partners', 'Industries', 'Networks', 'Logistics'];
const FIRST = (
  'James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan ' +
  'Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Margaret ' +
  'Donald Sandra Steven Ashley Paul Kimberly Andrew Emily Joshua Donna Kenneth Michelle Kevin Carol ' +
  'Brian Amanda George Melissa Timothy Deborah Ronald Stephanie Jason Rebecca Edward Sharon Jeffrey ' +
  'Laura Ryan Cynthia Jacob Kathleen Yuki Hiroshi Aiko Kenji'
).split(' ');
const LAST = (
  'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez ' +
  'Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark ' +
  'Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams ' +
  'Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker ' +
  'Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper ' +
  'Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Tanaka Suzuki Sato'
).split(' ');

const arr = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;
const W = WORDS.length;
const S = SUFFIXES.length;
if (W ** 2 * S < SIZES.companies) throw new Error('word list too short for unique company names');

/** SQL for company i's name parts (i an integer expression). */
const companyNameSql = (i: string) =>
  `initcap((${arr(WORDS)})[(${i}) % ${W} + 1]) || ' ' || initcap((${arr(WORDS)})[(${i}) / ${W} % ${W} + 1]) || ' ' || (${arr(SUFFIXES)})[(${i}) / ${W * W} % ${S} + 1]`;
const companyDomainSql = (i: string) =>
  `(${arr(WORDS)})[(${i}) % ${W} + 1] || '-' || (${arr(WORDS)})[(${i}) / ${W} % ${W} + 1] || '-' || lower((${arr(SUFFIXES)})[(${i}) / ${W * W} % ${S} + 1]) || '.example'`;
const firstSql = (j: string) => `(${arr(FIRST)})[(${j}) % ${FIRST.length} + 1]`;
const lastSql = (j: string) => `(${arr(LAST)})[(${j}) / ${FIRST.length} % ${LAST.length} + 1]`;

/** Exported so run.ts can build rosters and names from the same rules. */
export const naming = { WORDS, SUFFIXES, FIRST, LAST };
export function companyName(i: number): string {
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  return `${cap(WORDS[i % W]!)} ${cap(WORDS[Math.floor(i / W) % W]!)} ${SUFFIXES[Math.floor(i / (W * W)) % S]}`;
}
export function companyDomain(i: number): string {
  return `${WORDS[i % W]}-${WORDS[Math.floor(i / W) % W]}-${SUFFIXES[Math.floor(i / (W * W)) % S]!.toLowerCase()}.example`;
}
export function personName(j: number): { first: string; last: string } {
  return { first: FIRST[j % FIRST.length]!, last: LAST[Math.floor(j / FIRST.length) % LAST.length]! };
}
/** Person j belongs to company j % companies (its e-mail is at that company's domain). */
export function personEmail(j: number): string {
  const { first, last } = personName(j);
  return `${first.toLowerCase()}.${last.toLowerCase()}.${j}@${companyDomain(j % SIZES.companies)}`;
}

const BIG_TABLES = [
  'Company',
  'Relationship',
  'Person',
  'CompanyPerson',
  'Activity',
  'ActivityInternalAttendee',
  'ActivityExternalAttendee',
  'ActivityComment',
];

function adminUrlOf(databaseUrl: string): { adminUrl: string; dbName: string } {
  const url = new URL(databaseUrl);
  const dbName = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(dbName)) throw new Error(`Unexpected bench database name: ${dbName}`);
  url.pathname = '/postgres';
  return { adminUrl: url.href, dbName };
}

export async function benchDatabaseExists(databaseUrl = benchDatabaseUrl()): Promise<boolean> {
  const { adminUrl, dbName } = adminUrlOf(databaseUrl);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (!rowCount) return false;
  } finally {
    await admin.end();
  }
  // Complete seeds leave a marker row.
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT to_regclass('bench_seed_done') IS NOT NULL AS done`);
    return rows[0].done === true;
  } finally {
    await db.end();
  }
}

export interface SeedTimings {
  steps: Array<{ step: string; seconds: number }>;
  totalSeconds: number;
}

export async function seedLarge(databaseUrl = benchDatabaseUrl(), log: (line: string) => void = console.log): Promise<SeedTimings> {
  const steps: SeedTimings['steps'] = [];
  const t0 = performance.now();
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await fn();
    const seconds = (performance.now() - start) / 1000;
    steps.push({ step: name, seconds });
    log(`  ${name.padEnd(58)} ${seconds.toFixed(1).padStart(6)} s`);
    return result;
  };

  const { adminUrl, dbName } = adminUrlOf(databaseUrl);
  log(`Seeding ${dbName} (${SIZES.companies} companies, ${SIZES.persons} persons, ${SIZES.largeCompanyActivities + SIZES.otherActivities} activities)`);
  await step('drop + create database', async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${dbName}"`);
    } finally {
      await admin.end();
    }
  });
  await step('openStore (migrations)', async () => {
    const store = await openStore({ kind: 'postgres', databaseUrl });
    await store.close();
  });
  const passwordHash = await step('hash the bench password (argon2id, once)', () => hashPassword(BENCH_PASSWORD));

  const connect = async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`SET session_replication_role = replica; SET maintenance_work_mem = '1GB'; SET work_mem = '256MB'; SET synchronous_commit = off`);
    return client;
  };
  const a = await connect();
  const b = await connect();
  try {
    // md5-derived ids shaped as version-4 UUIDs (the API validates ids with z.uuid()); run.ts derives the same.
    await a.query(`CREATE FUNCTION bench_uuid(text) RETURNS uuid IMMUTABLE PARALLEL SAFE LANGUAGE sql AS
      $$ SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18))::uuid FROM (SELECT md5($1) AS h) x $$`);
    const indexDefs = await step('drop secondary indexes for the load', async () => {
      const { rows } = await a.query<{ name: string; def: string }>(
        `SELECT i.indexname AS name, i.indexdef AS def
         FROM pg_indexes i
         WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
        [BIG_TABLES],
      );
      for (const row of rows) await a.query(`DROP INDEX "${row.name}"`);
      return rows;
    });

    const D = ids.domain;
    const D2 = ids.otherDomain;
    const NOW = `timestamptz '2026-11-01 12:00:00+00'`;
    await step('domains + users', async () => {
      await a.query(`
        INSERT INTO "Domain" (id, tenant, name, host, "dataCenter", environment, "updatedAt") VALUES
          (${D}, 'bench', 'Bench Corp', 'bench.gainsightcloud.com', 'US1', 'PRODUCTION', now()),
          (${D2}, 'other', 'Other Corp', 'other.gainsightcloud.com', 'US1', 'PRODUCTION', now())`);
      await a.query(
        `INSERT INTO "User" (id, "domainId", username, email, "displayName", licence, "isAdmin", "zoomAppAllowed", "passwordHash", "updatedAt")
         SELECT bench_uuid('user-' || k), ${D}, 'user' || k || '@bench.example', 'user' || k || '@bench.example',
                'Bench User ' || k, 'FULL'::"Licence", k = 0, true, $1, now()
         FROM generate_series(0, ${SIZES.users - 1}) k
         UNION ALL
         SELECT bench_uuid('user-b-' || k), ${D2}, 'user' || k || '@other.example', 'user' || k || '@other.example',
                'Other User ' || k, 'FULL'::"Licence", false, true, $1, now()
         FROM generate_series(0, 4) k`,
        [passwordHash],
      );
      await a.query(`
        INSERT INTO "RelationshipType" (id, "domainId", name)
        SELECT bench_uuid('rtype-' || t), ${D}, (ARRAY['Product','Services','Subsidiary'])[t + 1] FROM generate_series(0, 2) t
        UNION ALL SELECT bench_uuid('rtype-b-0'), ${D2}, 'Product'`);
    });
    await step(`companies (${SIZES.companies} + ${SIZES.otherDomainCompanies} in a 2nd domain)`, async () => {
      await a.query(`
        INSERT INTO "Company" (id, "domainId", name, "searchName", "emailDomain", industry, employees, arr, stage, status, "csmId", "updatedAt")
        SELECT bench_uuid('company-' || i), ${D}, n, lower(n), ${companyDomainSql('i')},
               (ARRAY['Software','Retail','Finance','Health','Manufacturing'])[i % 5 + 1], 10 + i % 5000, (i % 1000) * 1000,
               'Adoption', 'Active', bench_uuid('user-' || (i % ${SIZES.users})), now()
        FROM generate_series(0, ${SIZES.companies - 1}) i, LATERAL (SELECT ${companyNameSql('i')} AS n) x`);
      // The same names in another tenant: search must never return them.
      await a.query(`
        INSERT INTO "Company" (id, "domainId", name, "searchName", "emailDomain", "updatedAt")
        SELECT bench_uuid('company-b-' || i), ${D2}, n, lower(n), ${companyDomainSql('i')}, now()
        FROM generate_series(0, ${SIZES.otherDomainCompanies - 1}) i, LATERAL (SELECT ${companyNameSql('i')} AS n) x`);
    });
    await step(`relationships (${SIZES.relationships}, on even companies)`, async () => {
      await a.query(`
        INSERT INTO "Relationship" (id, "domainId", "companyId", "typeId", name, "searchName", "csmId", "updatedAt")
        SELECT bench_uuid('rel-' || r), ${D}, bench_uuid('company-' || (2 * r)), bench_uuid('rtype-' || (r % 3)),
               n, lower(n), bench_uuid('user-' || (r % ${SIZES.users})), now()
        FROM generate_series(0, ${SIZES.relationships - 1}) r,
             LATERAL (SELECT ${companyNameSql('2 * r')} || ' ' || (ARRAY['Product','Services','Subsidiary'])[r % 3 + 1] AS n) x`);
    });

    // Persons (+ links) on one connection and activities (+ attendees, comments) on the other, in parallel.
    const persons = async () => {
      await step(`persons (${SIZES.persons} + ${SIZES.otherDomainPersons} in the 2nd domain)`, async () => {
        await a.query(`
          INSERT INTO "Person" (id, "domainId", "firstName", "lastName", "fullName", email, "updatedAt")
          SELECT bench_uuid('person-' || j), ${D}, f, l, f || ' ' || l,
                 lower(f) || '.' || lower(l) || '.' || j || '@' || ${companyDomainSql(`j % ${SIZES.companies}`)}, now()
          FROM generate_series(0, ${SIZES.persons - 1}) j, LATERAL (SELECT ${firstSql('j')} AS f, ${lastSql('j')} AS l) x`);
        await a.query(`
          INSERT INTO "Person" (id, "domainId", "firstName", "lastName", "fullName", email, "updatedAt")
          SELECT bench_uuid('person-b-' || j), ${D2}, f, l, f || ' ' || l,
                 lower(f) || '.' || lower(l) || '.' || j || '@' || ${companyDomainSql(`j % ${SIZES.otherDomainCompanies}`)}, now()
          FROM generate_series(0, ${SIZES.otherDomainPersons - 1}) j, LATERAL (SELECT ${firstSql('j')} AS f, ${lastSql('j')} AS l) x`);
      });
      await step('company-person links (1 per person + extra contacts of company 0)', async () => {
        await a.query(`
          INSERT INTO "CompanyPerson" (id, "domainId", "companyId", "personId", title, "isPrimary")
          SELECT bench_uuid('cp-' || j), ${D}, bench_uuid('company-' || (j % ${SIZES.companies})), bench_uuid('person-' || j),
                 (ARRAY['CTO','VP Sales','Engineer','Buyer','Admin'])[j % 5 + 1], j < ${SIZES.companies}
          FROM generate_series(0, ${SIZES.persons - 1}) j`);
        // j % step = 7 is never a multiple of the company count, so none of these is already linked to company 0.
        const stride = Math.floor(SIZES.persons / SIZES.largeCompanyExtraContacts);
        await a.query(`
          INSERT INTO "CompanyPerson" (id, "domainId", "companyId", "personId", "isPrimary")
          SELECT bench_uuid('cp-x-' || j), ${D}, bench_uuid('company-0'), bench_uuid('person-' || j), false
          FROM generate_series(7, ${SIZES.persons - 1}, ${stride}) j`);
        await a.query(`
          INSERT INTO "CompanyPerson" (id, "domainId", "companyId", "personId", "isPrimary")
          SELECT bench_uuid('cp-b-' || j), ${D2}, bench_uuid('company-b-' || (j % ${SIZES.otherDomainCompanies})), bench_uuid('person-b-' || j), false
          FROM generate_series(0, ${SIZES.otherDomainPersons - 1}) j`);
      });
    };
    const activities = async () => {
      await step(`activities (${SIZES.largeCompanyActivities} on company 0 + ${SIZES.otherActivities} spread)`, async () => {
        const cols = `(id, "domainId", type, status, subject, notes, "activityDate", "durationMinutes", "authorId", "companyId", "relationshipId", source, "loggedAt", "createdAt", "updatedAt")`;
        const types = `(ARRAY['MEETING','CALL','EMAIL','UPDATE','MILESTONE']::"ActivityType"[])`;
        // Company 0 (the large one): one activity every 17 minutes back from NOW; every 3rd on its relationship.
        await b.query(`
          INSERT INTO "Activity" ${cols}
          SELECT bench_uuid('act-big-' || k), ${D}, ${types}[k % 5 + 1],
                 (CASE WHEN k % 20 = 0 THEN 'DRAFT' ELSE 'LOGGED' END)::"ActivityStatus",
                 'Check-in #' || k, '<p>Notes for activity ' || k || '</p>', d, 30,
                 bench_uuid('user-' || (k % ${SIZES.users})), bench_uuid('company-0'),
                 CASE WHEN k % 3 = 0 THEN bench_uuid('rel-0') END, 'GAINSIGHT_WEB', d, d, d
          FROM generate_series(0, ${SIZES.largeCompanyActivities - 1}) k,
               LATERAL (SELECT ${NOW} - k * interval '17 minutes' AS d) x`);
        const spread = SIZES.companies - 1;
        await b.query(`
          INSERT INTO "Activity" ${cols}
          SELECT bench_uuid('act-' || k), ${D}, ${types}[k % 5 + 1],
                 (CASE WHEN k % 20 = 0 THEN 'DRAFT' ELSE 'LOGGED' END)::"ActivityStatus",
                 'Activity #' || k, '<p>Notes for activity ' || k || '</p>', d, 30,
                 bench_uuid('user-' || (k % ${SIZES.users})), bench_uuid('company-' || c),
                 CASE WHEN c % 2 = 0 AND c / 2 < ${SIZES.relationships} AND k % 3 = 0 THEN bench_uuid('rel-' || (c / 2)) END,
                 'GAINSIGHT_WEB', d, d, d
          FROM generate_series(0, ${SIZES.otherActivities - 1}) k,
               LATERAL (SELECT 1 + k % ${spread} AS c, ${NOW} - (k / ${spread}) * interval '3 days' - (k % 1440) * interval '1 minute' AS d) x`);
        await b.query(`
          INSERT INTO "Activity" ${cols}
          SELECT bench_uuid('act-b-' || k), ${D2}, ${types}[k % 5 + 1], 'LOGGED', 'Other #' || k, '', d, 30,
                 bench_uuid('user-b-' || (k % 5)), bench_uuid('company-b-' || (k % ${SIZES.otherDomainCompanies})), NULL,
                 'GAINSIGHT_WEB', d, d, d
          FROM generate_series(0, ${SIZES.otherDomainActivities - 1}) k, LATERAL (SELECT ${NOW} - k * interval '1 hour' AS d) x`);
      });
      await step('attendees (every 10th activity + all of company 0) and comments', async () => {
        const spread = SIZES.companies - 1;
        await b.query(`
          INSERT INTO "ActivityInternalAttendee" ("domainId", "activityId", "userId")
          SELECT ${D}, bench_uuid('act-big-' || k), bench_uuid('user-' || ((k + 1) % ${SIZES.users}))
          FROM generate_series(0, ${SIZES.largeCompanyActivities - 1}) k
          UNION ALL
          SELECT ${D}, bench_uuid('act-' || k), bench_uuid('user-' || ((k + 1) % ${SIZES.users}))
          FROM generate_series(0, ${SIZES.otherActivities - 1}, 10) k`);
        // External attendees: a contact of the activity's own company (person c + companies·m belongs to company c).
        await b.query(`
          INSERT INTO "ActivityExternalAttendee" ("domainId", "activityId", "personId")
          SELECT ${D}, bench_uuid('act-big-' || k), bench_uuid('person-' || ((k % 10) * ${SIZES.companies}))
          FROM generate_series(0, ${SIZES.largeCompanyActivities - 1}) k
          UNION ALL
          SELECT ${D}, bench_uuid('act-' || k), bench_uuid('person-' || ((1 + k % ${spread}) + (k % 10) * ${SIZES.companies}))
          FROM generate_series(0, ${SIZES.otherActivities - 1}, 10) k`);
        await b.query(`
          INSERT INTO "ActivityComment" (id, "domainId", "activityId", "authorId", body, "createdAt")
          SELECT bench_uuid('comment-' || k), ${D}, bench_uuid('act-big-' || k), bench_uuid('user-' || (k % ${SIZES.users})),
                 'Comment on ' || k, ${NOW} - k * interval '17 minutes' + interval '1 hour'
          FROM generate_series(0, ${SIZES.largeCompanyActivities - 1}, 7) k`);
      });
    };
    await Promise.all([persons(), activities()]);

    await step(`rebuild ${indexDefs.length} secondary indexes (2 connections)`, async () => {
      // Largest first, alternating connections, so the two cores stay busy.
      const queue = [...indexDefs].sort((x, y) => Number(y.def.includes('gin')) - Number(x.def.includes('gin')));
      const worker = async (client: pg.Client) => {
        for (let next = queue.shift(); next; next = queue.shift()) await client.query(next.def);
      };
      await Promise.all([worker(a), worker(b)]);
    });
    await step('ANALYZE', async () => {
      await Promise.all([a.query('ANALYZE "Activity"'), b.query('ANALYZE')]);
    });
    await step('check foreign keys on samples + mark the seed complete', async () => {
      const { rows } = await a.query(`
        SELECT
          (SELECT count(*) FROM (SELECT * FROM "Activity" TABLESAMPLE SYSTEM (1)) s
             LEFT JOIN "Company" c ON c.id = s."companyId" LEFT JOIN "User" u ON u.id = s."authorId"
             LEFT JOIN "Relationship" r ON r.id = s."relationshipId"
           WHERE c.id IS NULL OR u.id IS NULL OR (s."relationshipId" IS NOT NULL AND (r.id IS NULL OR r."companyId" <> s."companyId"))) AS bad_activities,
          (SELECT count(*) FROM (SELECT * FROM "CompanyPerson" TABLESAMPLE SYSTEM (1)) s
             LEFT JOIN "Company" c ON c.id = s."companyId" LEFT JOIN "Person" p ON p.id = s."personId"
           WHERE c.id IS NULL OR p.id IS NULL OR split_part(p.email, '@', 2) <> c."emailDomain" AND c.id <> bench_uuid('company-0')) AS bad_links,
          (SELECT count(*) FROM "ActivityExternalAttendee" x LEFT JOIN "Person" p ON p.id = x."personId" WHERE p.id IS NULL) AS bad_attendees`);
      const bad = rows[0] as Record<string, string>;
      if (Object.values(bad).some((n) => Number(n) !== 0)) throw new Error(`Seed produced dangling keys: ${JSON.stringify(bad)}`);
      await a.query('CREATE TABLE bench_seed_done (at timestamptz NOT NULL DEFAULT now())');
      await a.query('INSERT INTO bench_seed_done DEFAULT VALUES');
    });
  } finally {
    await a.end();
    await b.end();
  }
  const totalSeconds = (performance.now() - t0) / 1000;
  log(`  ${'total'.padEnd(58)} ${totalSeconds.toFixed(1).padStart(6)} s`);
  return { steps, totalSeconds };
}

// `tsx bench/seed-large.ts` seeds on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  seedLarge().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
