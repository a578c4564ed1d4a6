import { attributesConflictSchema, companyAttributesSchema, type CompanyAttributes } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { companyIdOf, get, signedIn } from '../support/gainsight.ts';
import { DEMO_PASSWORD } from '@c360/c360/seed';
import { clientOf } from '../support/http-client.ts';

const file = fileAppOf(it, ['session', 'rateLimitCounter']);
let companyId: string;
let globexCompany: string;
it.beforeAll(async () => {
  companyId = await companyIdOf(file.store, 'acme.gainsightcloud.com');
  globexCompany = await companyIdOf(file.store, 'globex.us2.gainsightcloud.com');
});

const path = (id: string) => `/api/companies/${id}/attributes`;
const patch = (cookie: string, id: string, body: object, headers: Record<string, string> = {}) => clientOf(file.app, cookie).patch(path(id), body).set(headers);
const read = async (cookie: string): Promise<CompanyAttributes> =>
  companyAttributesSchema.parse((await get(file.app, path(companyId), cookie).expect(200)).body);
const valueOf = (attributes: CompanyAttributes, key: string) => attributes.fields.find((field) => field.key === key)?.value;

describe('GET /api/companies/:id/attributes', () => {
  it.each(['alex@acme.example', 'paul@acme.example', 'vera@acme.example'])('shows %s the fields with an ETag of the version', async (username) => {
    const res = await get(file.app, path(companyId), await signedIn(file.app, file.store, username)).expect(200);
    const attributes = companyAttributesSchema.parse(res.body);
    expect(attributes.fields.length).toBeGreaterThan(0);
    expect(res.headers.etag).toBe(`"${attributes.version}"`);
    // The layout can change the answer without changing the version: never revalidated from a cache.
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it("answers another domain's company, or no id at all, with 404", async () => {
    const alex = await signedIn(file.app, file.store, 'alex@acme.example');
    await get(file.app, path(globexCompany), alex).expect(404);
    await get(file.app, path('nonsense'), alex).expect(404);
  });

  it('asks a browser that has not signed in to sign in', async () => {
    await get(file.app, path(companyId)).expect(401);
  });
});

describe('PATCH /api/companies/:id/attributes', () => {
  it('lets a Full user edit with If-Match and answers with the new version and ETag', async () => {
    const alex = await signedIn(file.app, file.store, 'alex@acme.example');
    const { version } = await read(alex);
    const res = await patch(alex, companyId, { values: { healthNotes: 'Renewal on track', licensedSeats: 120 } }, { 'If-Match': `"${version}"` }).expect(200);
    const attributes = companyAttributesSchema.parse(res.body);
    expect(attributes.version).toBe(version + 1);
    expect(res.headers.etag).toBe(`"${version + 1}"`);
    expect(valueOf(attributes, 'healthNotes')).toBe('Renewal on track');
    expect(valueOf(attributes, 'licensedSeats')).toBe(120);
  });

  it.each([
    ['paul@acme.example', 'Viewer+'],
    ['vera@acme.example', 'Viewer'],
  ])('refuses %s (%s) with the reason', async (username, licence) => {
    const cookie = await signedIn(file.app, file.store, username);
    const { version } = await read(cookie);
    const res = await patch(cookie, companyId, { values: { healthNotes: 'Not mine to change' }, version }).expect(403);
    expect(res.body.detail).toBe(`Your ${licence} licence cannot edit attributes: it needs a Full licence.`);
    expect(valueOf(await read(cookie), 'healthNotes')).not.toBe('Not mine to change');
  });

  it('never lets an Internal Collaborator in at all', async () => {
    const domainId = (await file.store.prisma.domain.findUniqueOrThrow({ where: { host: 'acme.gainsightcloud.com' } })).id;
    const res = await clientOf(file.app).post('/api/login', { username: 'ian@acme.example', password: DEMO_PASSWORD, domainId });
    expect(res.status).toBe(403);
  });

  it('answers a stale edit with 409 carrying the current values and version', async () => {
    const alex = await signedIn(file.app, file.store, 'alex@acme.example');
    const opened = await read(alex);
    await patch(alex, companyId, { values: { executiveSponsor: 'Theirs' }, version: opened.version }).expect(200);
    const res = await patch(alex, companyId, { values: { executiveSponsor: 'Mine' } }, { 'If-Match': `"${opened.version}"` }).expect(409);
    const { current } = attributesConflictSchema.parse(res.body);
    expect(current.version).toBe(opened.version + 1);
    expect(valueOf(current, 'executiveSponsor')).toBe('Theirs');
  });

  it("answers another domain's company with 404", async () => {
    const sam = await signedIn(file.app, file.store, 'sam@globex.example', { host: 'globex.us2.gainsightcloud.com' });
    await patch(sam, companyId, { values: { healthNotes: 'Globex' }, version: 1 }).expect(404);
  });

  it('refuses a negative ARR with 400 naming the field and its minimum, and keeps the value', async () => {
    const alex = await signedIn(file.app, file.store, 'alex@acme.example');
    const before = await read(alex);
    const res = await patch(alex, companyId, { values: { arr: -5 }, version: before.version }).expect(400);
    expect(res.body.errors).toEqual([{ path: 'values.arr', message: 'Enter 0 or more.' }]);
    expect(await read(alex)).toEqual(before);
  });

  it.each([
    [{ values: { licensedSeats: 'lots' }, version: 1 }, {}, 'values.licensedSeats'],
    [{ values: { nextQbr: '31/12/2026' }, version: 1 }, {}, 'values.nextQbr'],
    [{ values: { stage: 'Dreaming' }, version: 1 }, {}, 'values.stage'],
    [{ values: { contractType: null }, version: 1 }, {}, 'values.contractType'],
    [{ values: { renewalOwner: '00000000-0000-4000-8000-000000000000' }, version: 1 }, {}, 'values.renewalOwner'],
    [{ values: {} }, {}, 'version'],
    [{ values: {}, version: 1 }, { 'If-Match': '"2"' }, 'version'],
    [{ values: {} }, { 'If-Match': 'yesterday' }, 'If-Match'],
    [{ version: 1 }, {}, 'values'],
  ])('answers bad input %j with 400 naming the field', async (body, headers, field) => {
    const alex = await signedIn(file.app, file.store, 'alex@acme.example');
    const res = await patch(alex, companyId, body, headers).expect(400);
    expect(res.body.errors.map((error: { path: string }) => error.path)).toContain(field);
  });
});
