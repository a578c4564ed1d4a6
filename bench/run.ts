// `pnpm bench [--reuse]`: seeds the large store (bench/seed-large.ts) unless --reuse finds a complete one,
// then times each scenario three ways, in the same process and run:
//   BFF    — the real HTTP BFF (startServer, in-process, signed in through POST /api/login), over keep-alive HTTP;
//   domain — the domain function the route calls (searchSubjects, listTimeline, matchRoster, createActivity, listReportEvents, listCtas);
//   raw    — equivalent SQL sent straight to PostgreSQL with `pg` (no Prisma, no HTTP).
// Every request runs one at a time (one in flight): ops/s is 1000 / mean latency of that path.
import os from 'node:os';
import { startServer } from '../apps/bff/src/server.ts';
import { encryptAppContext } from '../apps/zoom-sandbox/src/app-context/encrypt-app-context.ts';
import { loadConfig } from '../apps/bff/src/config.ts';
import { matchRoster, type RosterParticipant } from '../packages/c360/src/matching/match-roster.ts';
import { searchSubjects } from '../packages/c360/src/search/search-subjects.ts';
import { searchKey } from '../packages/c360/src/search/search-key.ts';
import { openStore } from '../packages/c360/src/store/index.ts';
import { createActivity } from '../packages/c360/src/timeline/create-activity.ts';
import { listTimeline } from '../packages/c360/src/timeline/list-timeline.ts';
import { listCtas } from '../packages/c360/src/ctas/list-ctas.ts';
import { listReportEvents } from '../packages/c360/src/reports/list-report-events.ts';
import { encodeCursor } from '../packages/c360/src/timeline/timeline-cursor.ts';
import pg from 'pg';
import { AFTER_CALL_SIZES, seedAfterCall } from './seed-after-call.ts';
import {
  BENCH_PASSWORD,
  benchUuid,
  benchDatabaseExists,
  benchDatabaseUrl,
  companyDomain,
  personEmail,
  personName,
  seedLarge,
  SIZES,
} from './seed-large.ts';

const md5uuid = async (text: string) => benchUuid(text);

/** The bench's own Zoom app credentials: the BFF decrypts the app contexts the bench seals with them. */
const BENCH_ZOOM = { clientId: 'bench-client-id', clientSecret: 'bench-client-secret-not-a-secret' };

// ─── Timing ──────────────────────────────────────────────────────────────────────────────────────

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  opsPerSec: number;
}

function stats(samplesMs: number[]): Stats {
  const sorted = [...samplesMs].sort((x, y) => x - y);
  const pick = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const total = sorted.reduce((sum, x) => sum + x, 0);
  return { n: sorted.length, p50: pick(50), p95: pick(95), p99: pick(99), opsPerSec: (1000 * sorted.length) / total };
}

/** Runs `op(i)` warmup times untimed, then `iterations` times timed with hrtime. */
async function measure(iterations: number, warmup: number, op: (i: number) => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await op(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await op(warmup + i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

// ─── Main ────────────────────────────────────────────────────────────────────────────────────────

const argv = process.argv.slice(2);
const reuse = argv.includes('--reuse');
/** `--quick` divides iteration counts by 5 (a smoke run). */
const scale = argv.includes('--quick') ? 0.2 : 1;
const iters = (n: number) => Math.max(5, Math.round(n * scale));

async function main() {
  const databaseUrl = benchDatabaseUrl();
  const started = new Date();
  let seedSummary = 'reused an existing seed (--reuse)';
  if (reuse && (await benchDatabaseExists(databaseUrl))) {
    console.log(`Reusing ${new URL(databaseUrl).pathname.slice(1)} (--reuse).`);
  } else {
    const timings = await seedLarge(databaseUrl);
    seedSummary = `seeded in ${timings.totalSeconds.toFixed(1)} s`;
  }
  await seedAfterCall(databaseUrl);

  const domainId = await md5uuid('domain-a');
  const viewerId = await md5uuid('user-0');
  const bigCompanyId = await md5uuid('company-0');
  const actor = { id: viewerId, domainId, licence: 'FULL' as const, isAdmin: true };

  // The three paths share the database but nothing else: the BFF opens its own store (its own pool).
  const store = await openStore({ kind: 'postgres', databaseUrl });
  const prisma = store.prisma;
  const raw = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const config = loadConfig({
    NODE_ENV: 'development',
    PORT: '0',
    PUBLIC_URL: 'http://bench.localhost:3000',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    ZOOM_CLIENT_ID: BENCH_ZOOM.clientId,
    ZOOM_CLIENT_SECRET: BENCH_ZOOM.clientSecret,
  });
  // The bench signs in a few times per run; counters left by an earlier run (--reuse) would lock it out.
  await raw.query('DELETE FROM "RateLimitCounter"');
  const server = await startServer(config);
  const base = server.url.replace(/\/$/, '');
  const origin = config.PUBLIC_ORIGIN;

  const results: Array<{ scenario: string; bff?: Stats; domain: Stats; raw: Stats; note?: string }> = [];
  try {
    // A response may set the same cookie twice (a session created, then renewed): the last one wins.
    const cookiesOf = (res: Response) => {
      const byName = new Map(res.headers.getSetCookie().map((c) => c.split(';')[0]!).map((pair) => [pair.split('=')[0]!, pair] as const));
      return [...byName.values()].join('; ');
    };
    const request = async (method: string, path: string, withCookie: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { cookie: withCookie, origin, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as unknown;
    };
    /** Signs the bench user in, in the session of that cookie (if any), as a user would; returns the new cookie. */
    const signIn = async (sessionCookie = '') => {
      const login = await fetch(`${base}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, cookie: sessionCookie },
        body: JSON.stringify({ username: 'user0@bench.example', password: BENCH_PASSWORD, domainId }),
      });
      if (!login.ok) throw new Error(`POST /api/login answered ${login.status}: ${await login.text()}`);
      return cookiesOf(login) || sessionCookie;
    };
    /** Opens the Home URL as the Zoom client does in a meeting, with a sealed app context; returns the session cookie. */
    const launchInMeeting = async (meetingUuid: string, zoomUserId: string) => {
      const now = Date.now();
      const context = encryptAppContext(
        { typ: 'meeting', uid: zoomUserId, mid: meetingUuid, ts: now, exp: now + 120_000, attendrole: 'host', iss: 'marketplace.zoom.us', aud: BENCH_ZOOM.clientId, entitlements: [] },
        BENCH_ZOOM.clientSecret,
      );
      const home = await fetch(`${base}/zoom/home`, { headers: { 'x-zoom-app-context': context } });
      if (!home.ok) throw new Error(`GET /zoom/home answered ${home.status}`);
      return cookiesOf(home);
    };
    const cookie = await signIn();
    const http = (method: string, path: string, body?: unknown) => request(method, path, cookie, body);

    // ── 1. Search type-ahead ──
    const prefixes = ['nor', 'sum', 'pacific', 'silver lab', 'granit', 'red', 'horizon wave', 'qua'];
    const searchSql = `
      SELECT kind, id, name, "companyId", "companyName", "typeName" FROM (
        SELECT 'company' AS kind, c.id, c.name, NULL::uuid AS "companyId", NULL AS "companyName", NULL AS "typeName",
               c."searchName" AS folded
        FROM "Company" c
        WHERE c."domainId" = $1::uuid AND (c."searchName" LIKE $2 OR c."searchName" % $3)
        UNION ALL
        SELECT 'relationship', r.id, r.name, c.id, c.name, t.name, r."searchName"
        FROM "Relationship" r
        JOIN "Company" c ON c.id = r."companyId"
        JOIN "RelationshipType" t ON t.id = r."typeId"
        WHERE r."domainId" = $1::uuid AND (r."searchName" LIKE $2 OR r."searchName" % $3)
      ) hits
      ORDER BY CASE WHEN folded LIKE $4 THEN 0 WHEN folded LIKE $5 THEN 1 ELSE 2 END,
               similarity(folded, $3) DESC, name, id
      LIMIT 20`;
    const rawSearch = (q: string) => {
      const key = searchKey(q).replace(/[\\%_]/g, (c) => `\\${c}`);
      return raw.query(searchSql, [domainId, `%${key}%`, searchKey(q), `${key}%`, `% ${key}%`]);
    };
    const sanity = (await http('GET', `/api/search?q=nor`)) as { items: unknown[] };
    if (sanity.items.length === 0) throw new Error('search found nothing: the seed is not what the bench expects');
    log('search type-ahead…');
    const searchN = iters(200);
    results.push({
      scenario: `search type-ahead (${prefixes.length} prefixes)`,
      bff: await measure(searchN, 16, (i) => http('GET', `/api/search?q=${encodeURIComponent(prefixes[i % prefixes.length]!)}`)),
      domain: await measure(searchN, 16, (i) => searchSubjects(prisma, { domainId, query: prefixes[i % prefixes.length]! })),
      raw: await measure(searchN, 16, (i) => rawSearch(prefixes[i % prefixes.length]!)),
    });

    // ── 2/3. Timeline pages ──
    const pageSql = (withCursor: boolean) => `
      SELECT a.*, u."displayName" AS "authorName", r.name AS "relationshipName",
        (SELECT COALESCE(array_agg(ia."userId" ORDER BY ia."userId"), '{}') FROM "ActivityInternalAttendee" ia WHERE ia."activityId" = a.id) AS "internalAttendeeIds",
        (SELECT COALESCE(array_agg(ea."personId" ORDER BY ea."personId"), '{}') FROM "ActivityExternalAttendee" ea WHERE ea."activityId" = a.id) AS "externalPersonIds",
        (SELECT COALESCE(json_agg(json_build_object('id', c.id, 'authorId', c."authorId", 'authorName', cu."displayName", 'body', c.body, 'createdAt', c."createdAt")
                 ORDER BY c."createdAt", c.id), '[]')
           FROM "ActivityComment" c JOIN "User" cu ON cu.id = c."authorId" WHERE c."activityId" = a.id) AS comments
      FROM (
        SELECT * FROM "Activity"
        WHERE "companyId" = $1::uuid AND "domainId" = $2::uuid AND (status = 'LOGGED' OR "authorId" = $3::uuid)
          ${withCursor ? `AND "activityDate" <= $4 AND ("activityDate" < $4 OR id < $5::uuid)` : ''}
        ORDER BY "activityDate" DESC, id DESC
        LIMIT 21
      ) a
      JOIN "User" u ON u.id = a."authorId"
      LEFT JOIN "Relationship" r ON r.id = a."relationshipId"
      ORDER BY a."activityDate" DESC, a.id DESC`;
    const rawPage = async (companyId: string, after?: { activityDate: Date; id: string }) => {
      // The subject check the domain does first, then the page with its relations in one statement.
      await raw.query(`SELECT id FROM "Company" WHERE id = $1::uuid AND "domainId" = $2::uuid LIMIT 1`, [companyId, domainId]);
      return after
        ? raw.query(pageSql(true), [companyId, domainId, viewerId, after.activityDate, after.id])
        : raw.query(pageSql(false), [companyId, domainId, viewerId]);
    };
    const check = await rawPage(bigCompanyId);
    if (check.rows.length !== 21) throw new Error(`the large company's first page has ${check.rows.length} rows`);

    log('first timeline page…');
    const pageN = iters(300);
    results.push({
      scenario: `timeline: first page (20) of the large company`,
      bff: await measure(pageN, 20, () => http('GET', `/api/companies/${bigCompanyId}/timeline?limit=20`)),
      domain: await measure(pageN, 20, () =>
        listTimeline(prisma, { domainId, viewerId, subject: { kind: 'company', id: bigCompanyId }, limit: 20 }),
      ),
      raw: await measure(pageN, 20, () => rawPage(bigCompanyId)),
    });

    // A cursor ~90 000 rows into the large company's timeline, found by paging with raw SQL.
    const { rows: deepRows } = await raw.query<{ activityDate: Date; id: string }>(
      `SELECT "activityDate", id FROM "Activity"
       WHERE "companyId" = $1::uuid AND "domainId" = $2::uuid AND (status = 'LOGGED' OR "authorId" = $3::uuid)
       ORDER BY "activityDate" DESC, id DESC OFFSET 89999 LIMIT 1`,
      [bigCompanyId, domainId, viewerId],
    );
    const deep = deepRows[0]!;
    const cursor = encodeCursor(deep);
    log('deep timeline page…');
    results.push({
      scenario: `timeline: next page after row 90 000 (keyset)`,
      bff: await measure(pageN, 20, () =>
        http('GET', `/api/companies/${bigCompanyId}/timeline?limit=20&cursor=${encodeURIComponent(cursor)}`),
      ),
      domain: await measure(pageN, 20, () =>
        listTimeline(prisma, { domainId, viewerId, subject: { kind: 'company', id: bigCompanyId }, cursor, limit: 20 }),
      ),
      raw: await measure(pageN, 20, () => rawPage(bigCompanyId, deep)),
    });

    // ── 4. Matching a 1 000-participant roster ──
    const rosters = [0, 1, 2].map((variant) => buildRoster(variant));
    log('roster matching…');
    // The raw path runs the same four statements (three together, then the name suggestion) on `pg`.
    const rosterArgs = await Promise.all(
      rosters.map(async (participants) => {
        const result = await matchRoster(prisma, { domainId, participants });
        const emails = [...new Set(participants.map((p) => p.email?.trim().toLowerCase()).filter((e): e is string => !!e))];
        const domains = [...new Set(emails.map((e) => e.slice(e.lastIndexOf('@') + 1)))];
        const unknownNames = [
          ...new Set(
            result.participants
              .filter((m) => m.kind !== 'internal' && m.kind !== 'person')
              .map((m) => participants.find((p) => p.participantUuid === m.participantUuid)!.displayName.trim()),
          ),
        ];
        const kinds = countKinds(result.participants.map((m) => m.kind));
        return { emails, domains, unknownNames, target: result.suggestedCompany?.id ?? null, kinds, suggested: result.suggestedCompany };
      }),
    );
    const first = rosterArgs[0]!;
    const rawMatch = async (i: number) => {
      const { emails, domains, unknownNames, target } = rosterArgs[i % rosterArgs.length]!;
      await Promise.all([
        raw.query(`SELECT u."id"::text AS "id", u."email", u."displayName" FROM "User" u WHERE u."domainId" = $1::uuid AND u."email" = ANY($2::text[])`, [
          domainId,
          emails,
        ]),
        raw.query(
          `SELECT p."id"::text AS "id", p."email", p."fullName",
                  COALESCE(array_agg(cp."companyId"::text ORDER BY cp."isPrimary" DESC, cp."companyId") FILTER (WHERE cp."companyId" IS NOT NULL), '{}'::text[]) AS "companyIds"
           FROM "Person" p
           LEFT JOIN "CompanyPerson" cp ON cp."personId" = p."id" AND cp."domainId" = p."domainId"
           WHERE p."domainId" = $1::uuid AND (p."email" = ANY($2::text[]) OR p."id" = ANY($3::uuid[]))
           GROUP BY p."id"`,
          [domainId, emails, []],
        ),
        raw.query(
          `SELECT c."id"::text AS "id", c."name", lower(c."emailDomain") AS "emailDomain"
           FROM "Company" c WHERE c."domainId" = $1::uuid AND lower(c."emailDomain") = ANY($2::text[])`,
          [domainId, domains],
        ),
      ]);
      if (target === null || unknownNames.length === 0) return;
      await raw.query(
        `WITH candidates AS MATERIALIZED (
           SELECT p."id", p."fullName" FROM "CompanyPerson" cp
           JOIN "Person" p ON p."id" = cp."personId" AND p."domainId" = cp."domainId"
           WHERE cp."domainId" = $1::uuid AND cp."companyId" = $2::uuid)
         SELECT n."name", best."personId", best."fullName", best."similarity"
         FROM unnest($3::text[]) AS n("name")
         CROSS JOIN LATERAL (
           SELECT c."id"::text AS "personId", c."fullName", similarity(c."fullName", n."name")::float8 AS "similarity"
           FROM candidates c WHERE similarity(c."fullName", n."name") > $4::float8
           ORDER BY "similarity" DESC, c."fullName", c."id" LIMIT 1) best`,
        [domainId, target, unknownNames, 0.4],
      );
    };
    // The BFF path: each roster is the roster of its own meeting, sent once by its host's sidebar; then
    // GET /api/meetings/:uuid reads the meeting and matches its 1 000 participants on every call.
    // One Zoom user per meeting, one after the other.
    const meetingCookies: Array<{ meetingUuid: string; cookie: string }> = [];
    for (const [variant, participants] of rosters.entries()) {
      const meetingUuid = `bench-meeting-${variant}==`;
      const hostCookie = await signIn(await launchInMeeting(meetingUuid, `bench-zoom-user-${variant}`));
      await request('PUT', `/api/meetings/${encodeURIComponent(meetingUuid)}/roster`, hostCookie, {
        participants: participants.map((p, index) => ({ ...p, role: index === 0 ? 'host' : 'attendee' })),
      });
      meetingCookies.push({ meetingUuid, cookie: hostCookie });
    }
    const matchN = iters(45);
    results.push({
      scenario: `match a 1 000-participant roster`,
      bff: await measure(matchN, 3, (i) => {
        const { meetingUuid, cookie: meetingCookie } = meetingCookies[i % meetingCookies.length]!;
        return request('GET', `/api/meetings/${encodeURIComponent(meetingUuid)}`, meetingCookie);
      }),
      domain: await measure(matchN, 3, (i) => matchRoster(prisma, { domainId, participants: rosters[i % rosters.length]! })),
      raw: await measure(matchN, 3, rawMatch),
      note: `BFF: GET /api/meetings/:uuid (reads the meeting's 1 000 participants, then matchRoster); roster 0 → ${JSON.stringify(first.kinds)}, suggested ${first.suggested?.name} (${first.suggested?.matchedParticipants} addresses)`,
    });

    // ── 5. Activity create with attendees ──
    const users = await Promise.all([1, 2, 3].map((k) => md5uuid(`user-${k}`)));
    const createTargets = await Promise.all(
      Array.from({ length: 64 }, async (_, t) => {
        const c = 1000 + t * 997; // ordinary companies (company 0's first page stays as measured above)
        return {
          companyId: await md5uuid(`company-${c}`),
          personIds: await Promise.all([0, 1, 2].map((m) => md5uuid(`person-${c + m * SIZES.companies}`))),
        };
      }),
    );
    const inputOf = (i: number) => {
      const target = createTargets[i % createTargets.length]!;
      return {
        type: 'MEETING' as const,
        status: 'LOGGED' as const,
        subject: `Bench meeting ${i}`,
        notes: `<p>Discussed the <b>renewal</b> (${i}).</p>`,
        activityDate: new Date(Date.UTC(2026, 10, 1, 12) + i * 1000).toISOString(),
        durationMinutes: 30,
        companyId: target.companyId,
        internalAttendeeIds: users,
        externalPersonIds: target.personIds,
      };
    };
    const rawCreate = async (i: number) => {
      const input = inputOf(i);
      await raw.query(`SELECT id FROM "Company" WHERE id = $1::uuid AND "domainId" = $2::uuid LIMIT 1`, [input.companyId, domainId]);
      await raw.query(`SELECT count(*) FROM "User" WHERE "domainId" = $1::uuid AND id = ANY($2::uuid[])`, [domainId, input.internalAttendeeIds]);
      await raw.query(`SELECT count(*) FROM "Person" WHERE "domainId" = $1::uuid AND id = ANY($2::uuid[])`, [domainId, input.externalPersonIds]);
      const client = await raw.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO "Activity" (id, "domainId", type, status, subject, notes, "activityDate", "durationMinutes", "authorId", "companyId", source, "loggedAt", "updatedAt")
           VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, 'ZOOM_SIDEBAR', now(), now()) RETURNING *`,
          [domainId, input.type, input.status, input.subject, input.notes, input.activityDate, input.durationMinutes, viewerId, input.companyId],
        );
        const activityId = rows[0]!.id;
        await client.query(
          `INSERT INTO "ActivityInternalAttendee" ("domainId", "activityId", "userId") SELECT $1, $2, unnest($3::uuid[])`,
          [domainId, activityId, input.internalAttendeeIds],
        );
        await client.query(
          `INSERT INTO "ActivityExternalAttendee" ("domainId", "activityId", "personId") SELECT $1, $2, unnest($3::uuid[])`,
          [domainId, activityId, input.externalPersonIds],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    };
    log('activity create…');
    const createN = iters(200);
    results.push({
      scenario: `activity create (3 internal + 3 external attendees)`,
      bff: await measure(createN, 10, (i) => http('POST', '/api/activities', inputOf(100_000 + i))),
      domain: await measure(createN, 10, (i) => createActivity(prisma, actor, inputOf(200_000 + i))),
      raw: await measure(createN, 10, (i) => rawCreate(300_000 + i)),
    });

    // ── 6. Reports: the large company's first page of events, with meetings per week ──
    const reportPageSql = `
      SELECT e.id, e.type, e."createdAt", e."meetingUuid", e.data, u.id AS "userId", u."displayName" AS "userName",
             c.id AS "companyId", c.name AS "companyName", r.id AS "relationshipId", r.name AS "relationshipName"
      FROM "AuditEvent" e
      LEFT JOIN "User" u ON u.id = e."userId"
      LEFT JOIN "Relationship" r ON r.id = e."relationshipId"
      LEFT JOIN "Company" c ON c.id = COALESCE(e."companyId", r."companyId")
      WHERE e."domainId" = $1::uuid AND e.type = ANY($3::text[])
        AND (e."companyId" = $2::uuid OR e."relationshipId" IN (SELECT id FROM "Relationship" WHERE "companyId" = $2::uuid AND "domainId" = $1::uuid))
      ORDER BY e."createdAt" DESC, e.id DESC
      LIMIT 51`;
    const weeksSql = `
      WITH weeks AS (
        SELECT generate_series(date_trunc('week', $3::timestamptz AT TIME ZONE 'UTC'), date_trunc('week', $4::timestamptz AT TIME ZONE 'UTC'), interval '1 week') AS week
      ), counted AS (
        SELECT date_trunc('week', e."createdAt" AT TIME ZONE 'UTC') AS week, COUNT(DISTINCT e."meetingUuid")::int AS meetings
        FROM "AuditEvent" e
        WHERE e."domainId" = $1::uuid AND e.type IN ('sidebar.opened', 'meeting.logged') AND e."meetingUuid" IS NOT NULL
          AND (e."companyId" = $2::uuid OR e."relationshipId" IN (SELECT id FROM "Relationship" WHERE "companyId" = $2::uuid AND "domainId" = $1::uuid))
          AND e."createdAt" >= $3::timestamptz AND e."createdAt" < $4::timestamptz
        GROUP BY 1
      )
      SELECT to_char(weeks.week, 'YYYY-MM-DD') AS "weekStart", COALESCE(counted.meetings, 0) AS meetings
      FROM weeks LEFT JOIN counted ON counted.week = weeks.week ORDER BY weeks.week`;
    const reportTypes = ['sidebar.opened', 'activity.draft-saved', 'activity.logged', 'person.added', 'score.updated', 'attributes.updated', 'meeting.logged',
      'meeting.log-discarded', 'cta.created', 'cta.closed', 'cta.reopened', 'recording.attached', 'recording.download-failed'];
    const chartTo = new Date();
    const chartFrom = new Date(chartTo.getTime() - 12 * 7 * 86_400_000);
    const rawReport = () =>
      Promise.all([
        raw.query(reportPageSql, [domainId, bigCompanyId, reportTypes]),
        raw.query(weeksSql, [domainId, bigCompanyId, chartFrom.toISOString(), chartTo.toISOString()]),
      ]);
    log('reports…');
    const reportN = iters(100);
    results.push({
      scenario: `reports: first page (50) of the large company + meetings per week`,
      bff: await measure(reportN, 8, () => http('GET', `/api/reports/events?companyId=${bigCompanyId}`)),
      domain: await measure(reportN, 8, () => listReportEvents(prisma, actor, { companyId: bigCompanyId })),
      raw: await measure(reportN, 8, rawReport),
      note: `${AFTER_CALL_SIZES.largeCompanyEvents} events on the large company (a third on its relationship), ${AFTER_CALL_SIZES.largeCompanyEvents + AFTER_CALL_SIZES.otherEvents} in all; raw runs the page and the weekly count in parallel, as the domain does`,
    });

    // ── 7. CTA list: the large company's first page, open first ──
    const ctaSql = `
      SELECT c.id, c.type, c.subject, c.priority, c.status, to_char(c."dueDate", 'YYYY-MM-DD') AS "dueDate",
        (c.status = 'OPEN' AND c."dueDate" < $3::date) AS overdue, c."ownerId", u."displayName" AS "ownerName",
        c."companyId", c."relationshipId", c."activityId", a.subject AS "activitySubject", c."createdAt", c."closedAt"
      FROM "Cta" c
      JOIN "User" u ON u.id = c."ownerId"
      LEFT JOIN "Activity" a ON a.id = c."activityId" AND (a.status = 'LOGGED' OR a."authorId" = $4::uuid)
      WHERE c."domainId" = $1::uuid AND c."companyId" = $2::uuid
      ORDER BY c.status, c."dueDate", c.id
      LIMIT 21`;
    const today = new Date().toISOString().slice(0, 10);
    log('CTA list…');
    const ctaN = iters(200);
    results.push({
      scenario: `CTA list: first page (20) of the large company, open first`,
      bff: await measure(ctaN, 16, () => http('GET', `/api/companies/${bigCompanyId}/ctas?status=ALL`)),
      domain: await measure(ctaN, 16, () => listCtas(prisma, { domainId, viewerId, subject: { kind: 'company', id: bigCompanyId }, limit: 20, status: 'ALL' })),
      raw: await measure(ctaN, 16, () => raw.query(ctaSql, [domainId, bigCompanyId, today, viewerId])),
      note: `${AFTER_CALL_SIZES.largeCompanyCtas} CTAs on the large company, ${AFTER_CALL_SIZES.largeCompanyCtas + AFTER_CALL_SIZES.otherCtas} in all`,
    });
  } finally {
    await server.close();
    await store.close();
    await raw.end();
  }

  // ── Report ──
  const [counts] = await (async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT
        (SELECT count(*) FROM "Company") AS companies, (SELECT count(*) FROM "Person") AS persons,
        (SELECT count(*) FROM "Activity") AS activities, (SELECT count(*) FROM "Activity" WHERE "companyId" = $1::uuid) AS large`, [bigCompanyId]);
      return rows as Array<Record<string, string>>;
    } finally {
      await client.end();
    }
  })();
  const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
  const lines: string[] = [];
  lines.push(
    `C360 benchmark — ${started.toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, PostgreSQL on 127.0.0.1; ${seedSummary}.`,
  );
  lines.push(
    `Store: ${counts!.companies} companies, ${counts!.persons} persons, ${counts!.activities} activities (large company: ${counts!.large}).`,
  );
  lines.push(`One request in flight at a time; ops/s = 1000 / mean latency. BFF = HTTP through the in-process BFF (session cookie, ` +
    `CSRF origin check, JSON); domain = the domain function on Prisma; raw = equivalent SQL on \`pg\`.`);
  lines.push('');
  lines.push('| scenario | path | n | p50 ms | p95 ms | p99 ms | ops/s | p50 ÷ raw p50 |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const rows: Array<[string, Stats | undefined]> = [
      ['BFF (HTTP)', r.bff],
      ['domain fn', r.domain],
      ['raw pg', r.raw],
    ];
    for (const [path, s] of rows) {
      if (!s) continue;
      const ratio = path === 'raw pg' ? '1.00' : (s.p50 / r.raw.p50).toFixed(2);
      lines.push(`| ${path === 'BFF (HTTP)' || (path === 'domain fn' && !r.bff) ? r.scenario : ''} | ${path} | ${s.n} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(s.opsPerSec)} | ${ratio} |`);
    }
    if (r.note) lines.push(`| ↳ ${r.note} | | | | | | | |`);
  }
  console.log('\n' + lines.join('\n') + '\n');
}

function log(line: string) {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
}

function countKinds(kinds: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/** A mixed roster of 1 000: internal users, known persons, addresses at known company domains, names only, strangers. */
function buildRoster(variant: number): RosterParticipant[] {
  const out: RosterParticipant[] = [];
  const add = (displayName: string, email: string | null) =>
    out.push({ participantUuid: `v${variant}-p${out.length}`, displayName, email });
  let seed = 12345 + variant * 7919;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let k = 0; k < 50; k++) add(`Bench User ${k}`, `User${k}@bench.example`); // 50 internal (mixed case)
  for (let k = 0; k < 350; k++) {
    const j = rand(SIZES.persons); // 350 known persons anywhere in the store
    const { first, last } = personName(j);
    add(`${first} ${last}`, personEmail(j));
  }
  for (let k = 0; k < 150; k++) add(`New Hire ${k}`, `new.hire.${variant}.${k}@${companyDomain(0)}`); // domain-only → company 0
  for (let k = 0; k < 100; k++) add(`Visitor ${k}`, `visitor.${variant}.${k}@${companyDomain(1 + rand(SIZES.companies - 1))}`);
  // 250 names only (no e-mail): company 0's contacts' names, some with a typo.
  for (let k = 0; k < 250; k++) {
    const j = 7 + rand(SIZES.largeCompanyExtraContacts) * (SIZES.persons / SIZES.largeCompanyExtraContacts);
    const { first, last } = personName(j);
    const name = k % 3 === 0 ? `${first} ${last.slice(0, -1)}` : `${first} ${last}`;
    add(name, null);
  }
  for (let k = 0; k < 100; k++) add(`Guest ${variant}-${k}`, `guest.${variant}.${k}@gmail.example`); // strangers
  return out;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
