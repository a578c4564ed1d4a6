// The after-call tables at scale for `pnpm bench` (issue 7): audit events for the reports and CTAs for the CTA
// list, added to a large seed (bench/seed-large.ts) once; a marker table makes a second call a no-op, so a
// seed made before these tables existed is completed by `pnpm bench --reuse`.
import pg from 'pg';
import { ids } from './seed-large.ts';

export const AFTER_CALL_SIZES = {
  /** Audit events of the large company (company 0), one every 10 minutes back from NOW (~2 years). */
  largeCompanyEvents: 100_000,
  /** The rest, spread over companies 1…99 999. */
  otherEvents: 900_000,
  largeCompanyCtas: 20_000,
  otherCtas: 180_000,
} as const;

const EVENT_TYPES = ['sidebar.opened', 'activity.logged', 'meeting.logged', 'person.added', 'score.updated', 'attributes.updated', 'cta.created'];

export async function seedAfterCall(databaseUrl: string, log: (line: string) => void = console.log): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT to_regclass('bench_after_call_done') IS NOT NULL AS done`);
    if (rows[0].done === true) return;
    const started = performance.now();
    await db.query(`SET synchronous_commit = off; SET work_mem = '256MB'`);
    const D = ids.domain;
    const NOW = `timestamptz '2026-11-01 12:00:00+00'`;
    const types = `(ARRAY[${EVENT_TYPES.map((type) => `'${type}'`).join(',')}])`;
    const n = EVENT_TYPES.length;
    // Meeting events carry a meeting uuid; every 3rd event of company 0 is about its relationship.
    await db.query(`
      INSERT INTO "AuditEvent" (id, "domainId", "userId", type, "companyId", "relationshipId", "meetingUuid", "createdAt")
      SELECT bench_uuid('event-big-' || k), ${D}, bench_uuid('user-' || (k % 50)), ${types}[k % ${n} + 1], bench_uuid('company-0'),
             CASE WHEN k % 3 = 0 THEN bench_uuid('rel-0') END,
             CASE WHEN k % ${n} IN (0, 2) THEN 'bench-meeting-big-' || (k / ${n}) END,
             ${NOW} - k * interval '10 minutes'
      FROM generate_series(0, ${AFTER_CALL_SIZES.largeCompanyEvents - 1}) k
      UNION ALL
      SELECT bench_uuid('event-' || k), ${D}, bench_uuid('user-' || (k % 50)), ${types}[k % ${n} + 1], bench_uuid('company-' || (1 + k % 99999)), NULL,
             CASE WHEN k % ${n} IN (0, 2) THEN 'bench-meeting-' || (k / ${n}) END,
             ${NOW} - (k / 100) * interval '1 hour'
      FROM generate_series(0, ${AFTER_CALL_SIZES.otherEvents - 1}) k`);
    // Open and closed CTAs with due dates around NOW, so the list has overdue ones at its top.
    await db.query(`
      INSERT INTO "Cta" (id, "domainId", "companyId", "relationshipId", subject, priority, status, "ownerId", "dueDate", "createdAt", "closedAt")
      SELECT bench_uuid('cta-' || k), ${D}, bench_uuid('company-' || c), CASE WHEN c = 0 AND k % 4 = 0 THEN bench_uuid('rel-0') END,
             'To-Do: follow up #' || k, (ARRAY['LOW','MEDIUM','HIGH']::"CtaPriority"[])[k % 3 + 1],
             (CASE WHEN k % 3 = 0 THEN 'CLOSED' ELSE 'OPEN' END)::"CtaStatus", bench_uuid('user-' || (k % 50)),
             (${NOW} + ((k % 120) - 60) * interval '1 day')::date, ${NOW} - (k % 365) * interval '1 day',
             CASE WHEN k % 3 = 0 THEN ${NOW} END
      FROM generate_series(0, ${AFTER_CALL_SIZES.largeCompanyCtas + AFTER_CALL_SIZES.otherCtas - 1}) k,
           LATERAL (SELECT CASE WHEN k < ${AFTER_CALL_SIZES.largeCompanyCtas} THEN 0 ELSE 1 + k % 99999 END AS c) x`);
    await db.query('ANALYZE "AuditEvent"; ANALYZE "Cta"');
    await db.query('CREATE TABLE bench_after_call_done (at timestamptz NOT NULL DEFAULT now())');
    log(`  ${'after-call: audit events + CTAs'.padEnd(58)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
  } finally {
    await db.end();
  }
}
