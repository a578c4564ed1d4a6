import { reportPageSchema, type ReportEvent } from '@c360/contracts';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { get } from '../support/gainsight.ts';
import { rawBody } from '../support/http-client.ts';
import { parseCsv } from './rfc4180.ts';

const ACME = 'acme.gainsightcloud.com';
const GLOBEX = 'globex.us2.gainsightcloud.com';
const TRICKY_COMPANY = 'Acme, "東京" 支社\r\nline two';
const TRICKY_USER = 'Hana "はな" Sato, CSM';
const TRICKY_TYPE = 'Call, "quick"\nメモ';

const file = fileAppOf(it);
let alex: string;
let vera: string;
let sam: string;
let companyId: string;
let hanaId: string;

/** The raw body, so the BOM is seen as sent. */
const csvOf = (path: string, cookie: string, accept?: string) => {
  const req = request(file.app).get(path).set('Cookie', cookie).buffer(true).parse(rawBody);
  return accept ? req.set('Accept', accept) : req;
};

it.beforeAll(async ({ signIn }) => {
  [alex, vera] = await Promise.all([signIn('alex@acme.example'), signIn('vera@acme.example')]);
  sam = await signIn('sam@globex.example', { host: GLOBEX });
  const { prisma } = file.store;
  const hana = await prisma.user.findFirstOrThrow({ where: { email: 'hana.sato@acme.example', domain: { host: ACME } } });
  hanaId = hana.id;
  await prisma.user.update({ where: { id: hana.id }, data: { displayName: TRICKY_USER } });
  const company = await prisma.company.findFirstOrThrow({ where: { domain: { host: ACME } }, orderBy: { name: 'asc' } });
  companyId = company.id;
  await prisma.company.update({ where: { id: company.id }, data: { name: TRICKY_COMPANY } });
  await prisma.auditEvent.createMany({
    data: Array.from({ length: 30 }, (_, index) => ({
      type: index % 3 === 0 ? 'activity.logged' : 'sidebar.opened',
      domainId: hana.domainId,
      userId: hana.id,
      companyId: company.id,
      meetingUuid: `meeting-${index % 4}==`,
      data: { activityType: TRICKY_TYPE, keys: ['=SUM(A1)', 'b'] },
      createdAt: new Date(Date.UTC(2025, 2, 3 + Math.floor(index / 3), 9)),
    })),
  });
});

describe('GET /api/reports/events', () => {
  it('pages the events as JSON without gaps or repeats', async () => {
    const seen: ReportEvent[] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ from: '2025-03-01', to: '2025-03-31', limit: '8', ...(cursor ? { cursor } : {}) });
      const res = await get(file.app, `/api/reports/events?${query}`, alex).expect(200).expect('Cache-Control', 'no-store');
      const page = reportPageSchema.parse(res.body);
      seen.push(...page.items);
      cursor = page.nextCursor;
      expect(page.meetingsPerWeek.length).toBeGreaterThan(0);
    } while (cursor);
    expect(seen).toHaveLength(30);
    expect(new Set(seen.map(({ id }) => id)).size).toBe(30);
    expect(seen.map(({ createdAt }) => createdAt)).toEqual(
      seen
        .map(({ createdAt }) => createdAt)
        .sort()
        .reverse(),
    );
    expect(seen[0]).toMatchObject({ user: { id: hanaId, displayName: TRICKY_USER }, company: { id: companyId, name: TRICKY_COMPANY } });
  });

  it('filters by type and user over HTTP', async () => {
    const res = await get(file.app, `/api/reports/events?type=activity.logged&userId=${hanaId}`, alex).expect(200);
    const page = reportPageSchema.parse(res.body);
    expect(page.items).toHaveLength(10);
    expect(page.items.every((item) => item.type === 'activity.logged')).toBe(true);
  });

  it.each([
    ['from', 'from=2025-13-01'],
    ['from', 'from=2025-03-10&to=2025-03-01'],
    ['to', 'to=yesterday'],
    ['type', 'type=sign-in'],
    ['companyId', 'companyId=42'],
    ['format', 'format=xlsx'],
  ])('answers 400 naming %s for %s', async (field, query) => {
    const res = await get(file.app, `/api/reports/events?${query}`, alex)
      .expect(400)
      .expect('Content-Type', /problem\+json/);
    expect(res.body.errors.map(({ path }: { path: string }) => path)).toEqual([field]);
  });

  it('refuses a Viewer with 403, as JSON or CSV', async () => {
    const res = await get(file.app, '/api/reports/events', vera).expect(403);
    expect(res.body.detail).toMatch(/Viewer licence cannot view reports/);
    await get(file.app, '/api/reports/events?format=csv', vera).expect(403);
  });

  it('answers another domain’s company with 404 and never shows its events', async () => {
    await get(file.app, `/api/reports/events?companyId=${companyId}`, sam).expect(404);
    const page = reportPageSchema.parse((await get(file.app, '/api/reports/events?from=2025-03-01&to=2025-03-31', sam).expect(200)).body);
    expect(page.items).toEqual([]);
  });

  it('needs a Gainsight sign-in', async () => {
    await request(file.app).get('/api/reports/events').expect(401);
  });
});

describe('CSV export', () => {
  it.each([
    ['format=csv', '?format=csv&', undefined],
    ['Accept: text/csv', '?', 'text/csv'],
  ])(
    'exports every filtered event with %s, with a BOM, quoted fields and localised headers, readable back to the same values',
    async (_name, prefix, accept) => {
      const res = await csvOf(`/api/reports/events${prefix}from=2025-03-01&to=2025-03-31&lang=ja`, alex, accept).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="zoom-app-events-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(res.headers['cache-control']).toBe('no-store');
      const bytes = res.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
      expect(header).toEqual(['日時 (UTC)', 'イベント種別', 'ユーザー', '企業', 'リレーションシップ', 'ミーティング UUID', '詳細']);
      expect(rows).toHaveLength(30);

      const json = reportPageSchema.parse((await get(file.app, '/api/reports/events?from=2025-03-01&to=2025-03-31&limit=200', alex).expect(200)).body);
      expect(rows).toEqual(
        json.items.map((event) => [
          event.createdAt,
          event.type,
          TRICKY_USER,
          TRICKY_COMPANY,
          '',
          event.meetingUuid,
          // The details' keys start with "=", but the cell starts with "activityType", so no prefix is needed.
          `activityType=${TRICKY_TYPE}; keys==SUM(A1), b`,
        ]),
      );
    },
  );

  it('writes English headers for an English browser and CSV-safe cells', async () => {
    const res = await csvOf('/api/reports/events?format=csv&type=sidebar.opened', alex).set('Accept-Language', 'en-GB,en;q=0.9').expect(200);
    const [header, ...rows] = parseCsv((res.body as Buffer).subarray(3).toString('utf8'));
    expect(header![0]).toBe('Time (UTC)');
    expect(rows).toHaveLength(20);
  });

  it('answers JSON when format=json is asked for, whatever the Accept header', async () => {
    const res = await get(file.app, '/api/reports/events?format=json', alex).set('Accept', 'text/csv').expect(200);
    expect(reportPageSchema.parse(res.body).items.length).toBeGreaterThan(0);
  });

  it('names a bad field with 400 before any CSV is sent', async () => {
    const res = await get(file.app, '/api/reports/events?format=csv&to=2025-02-30', alex).expect(400);
    expect(res.body.errors[0].path).toBe('to');
  });
});
