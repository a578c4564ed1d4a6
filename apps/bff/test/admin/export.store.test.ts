import { EXPORT_DEFINITIONS, EXPORT_OBJECTS, now } from '@c360/c360';
import { exportUrl, type ExportFormat } from '@c360/contracts';
import { unzipTexts } from '@c360/c360/testing';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { parseCsv } from '../reports/rfc4180.ts';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { domainIdOf, get } from '../support/gainsight.ts';
import { rawBody } from '../support/http-client.ts';

// Issue 17, Export: GET /api/admin/export?format=zip|jsonl, tenant admins only, on the seeded demo data.
const ACME = 'acme.gainsightcloud.com';
const GLOBEX = 'globex.us2.gainsightcloud.com';

const file = fileAppOf(it);
let alex: string;
let olga: string;

it.beforeAll(async ({ signIn }) => {
  alex = await signIn('alex@acme.example');
  olga = await signIn('olga.petrova@globex.example', { host: GLOBEX });
});

/** The raw body, as the browser saves it. */
const download = (format: ExportFormat, cookie: string) => request(file.app).get(exportUrl(format)).set('Cookie', cookie).buffer(true).parse(rawBody);

async function jsonLinesOf(cookie: string): Promise<Array<Record<string, unknown>>> {
  const res = await download('jsonl', cookie).expect(200);
  expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
  expect(res.headers['content-disposition']).toBe(`attachment; filename="c360-export-${now().toISOString().slice(0, 10)}.jsonl"`);
  const text = (res.body as Buffer).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const companyNames = async (host: string) =>
  new Set((await file.store.prisma.company.findMany({ where: { domain: { host } }, select: { name: true } })).map((company) => company.name));

describe('GET /api/admin/export', () => {
  it("gives a tenant admin a ZIP with one CSV per object, holding the seeded demo data's rows", async () => {
    const res = await download('zip', alex).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="c360-export-${now().toISOString().slice(0, 10)}.zip"`);
    expect(res.headers['cache-control']).toBe('no-store');
    const files = unzipTexts(res.body as Buffer);
    expect(Object.keys(files)).toEqual(EXPORT_OBJECTS.map((object) => EXPORT_DEFINITIONS[object].file));

    const records = Object.fromEntries(
      EXPORT_OBJECTS.map((object) => {
        const text = files[EXPORT_DEFINITIONS[object].file]!;
        expect(text.startsWith('\uFEFF'), object).toBe(true);
        const [header, ...rows] = parseCsv(text.slice(1));
        expect(header, object).toEqual(EXPORT_DEFINITIONS[object].columns);
        expect(rows.length, object).toBeGreaterThan(0);
        return [object, rows.map((row) => Object.fromEntries(header!.map((column, index) => [column, row[index]!])))];
      }),
    );
    expect(new Set(records.company!.map((row) => row.Name))).toEqual(await companyNames(ACME));
    const people = await file.store.prisma.person.findMany({ where: { domain: { host: ACME } }, select: { email: true } });
    expect(new Set(records.person!.map((row) => row.Email))).toEqual(new Set(people.map((person) => person.email)));
    const tickets = await file.store.prisma.supportTicket.count({ where: { domain: { host: ACME } } });
    expect(records.supportTicket).toHaveLength(tickets);
  });

  it('gives JSON lines that parse and cover every object, one line per record', async () => {
    const lines = await jsonLinesOf(alex);
    expect([...new Set(lines.map((line) => line.object))]).toEqual([...EXPORT_OBJECTS]);
    for (const object of EXPORT_OBJECTS) {
      const first = lines.find((line) => line.object === object)!;
      expect(Object.keys(first), object).toEqual(['object', ...EXPORT_DEFINITIONS[object].columns]);
    }
    const companies = lines.filter((line) => line.object === 'company');
    expect(new Set(companies.map((line) => line.Name))).toEqual(await companyNames(ACME));
  });

  it("never holds another domain's rows", async () => {
    const [acmeNames, globexNames] = [await companyNames(ACME), await companyNames(GLOBEX)];
    const globexExport = await jsonLinesOf(olga);
    const exportedNames = globexExport.filter((line) => line.object === 'company').map((line) => line.Name as string);
    expect(new Set(exportedNames)).toEqual(globexNames);
    expect([...acmeNames].filter((name) => !globexNames.has(name) && exportedNames.includes(name))).toEqual([]);

    const acmeTickets = await file.store.prisma.supportTicket.findMany({ where: { domainId: await domainIdOf(file.store, ACME) }, select: { id: true } });
    const exported = new Set(globexExport.filter((line) => line.object === 'supportTicket').map((line) => line.ExternalId));
    expect(acmeTickets.length).toBeGreaterThan(0);
    expect(acmeTickets.filter((ticket) => exported.has(ticket.id))).toEqual([]);
  });

  it('is audited with who, the format and the counts', async () => {
    const acmeId = await domainIdOf(file.store, ACME);
    const events = () => file.store.prisma.auditEvent.findMany({ where: { domainId: acmeId, type: 'admin.export.downloaded' } });
    const before = (await events()).length;
    await download('zip', alex).expect(200);
    const after = await events();
    expect(after).toHaveLength(before + 1);
    const alexId = (await file.store.prisma.user.findFirstOrThrow({ where: { email: 'alex@acme.example', domainId: acmeId } })).id;
    expect(after.at(-1)).toMatchObject({ userId: alexId, data: { format: 'zip', completed: true, counts: { company: (await companyNames(ACME)).size } } });
  });

  it('refuses a user who is not a tenant admin with 403 problem+json', async ({ signIn }) => {
    const res = await get(file.app, '/api/admin/export?format=zip', await signIn('hana.sato@acme.example')).expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toBe('Only a tenant administrator can administer the Zoom app.');
    const viewer = await get(file.app, '/api/admin/export?format=jsonl', await signIn('vera@acme.example')).expect(403);
    expect(viewer.body.detail).toMatch(/Viewer licence cannot administer/);
    await get(file.app, '/api/admin/export?format=zip').expect(401);
  });

  it('answers a bad or missing format with 400 naming format', async () => {
    for (const query of ['?format=csv', '?format=', '', '?format=zip&format=jsonl']) {
      const res = await get(file.app, `/api/admin/export${query}`, alex).expect(400);
      expect(res.headers['content-type'], query).toMatch(/^application\/problem\+json/);
      expect(
        res.body.errors.map((error: { path: string }) => error.path),
        query,
      ).toEqual(['format']);
    }
  });
});
