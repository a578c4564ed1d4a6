import { companySummarySchema, relationshipSummarySchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { companyIdOf, domainIdOf, get, signedIn } from '../support/gainsight.ts';

const file = fileAppOf(it, ['session', 'rateLimitCounter']);

describe('GET /api/companies/:id', () => {
  it("answers a company of the user's own domain", async () => {
    const id = await companyIdOf(file.store, 'acme.gainsightcloud.com');
    const res = await get(file.app, `/api/companies/${id}`, await signedIn(file.app, file.store, 'vera@acme.example')).expect(200);
    const company = companySummarySchema.parse(res.body);
    const row = await file.store.prisma.company.findUniqueOrThrow({ where: { id } });
    expect(company).toMatchObject({ id, name: row.name, industry: row.industry, stage: row.stage, currency: 'USD' });
    expect(company.arr).toBe(row.arr === null ? null : Number(row.arr));
    expect(company.openCtas).toBe(await file.store.prisma.cta.count({ where: { companyId: id, status: 'OPEN' } }));
  });

  it("answers a relationship of the user's own domain at a glance at /api/relationships/:id", async () => {
    const domainId = await domainIdOf(file.store, 'acme.gainsightcloud.com');
    const row = await file.store.prisma.relationship.findFirstOrThrow({ where: { domainId }, include: { type: true, company: true } });
    const res = await get(file.app, `/api/relationships/${row.id}`, await signedIn(file.app, file.store, 'vera@acme.example')).expect(200);
    expect(relationshipSummarySchema.parse(res.body)).toMatchObject({
      kind: 'relationship',
      id: row.id,
      name: row.name,
      type: row.type.name,
      company: { id: row.companyId },
    });
    const other = await companyIdOf(file.store, 'globex.us2.gainsightcloud.com');
    await get(file.app, `/api/relationships/${other}`, await signedIn(file.app, file.store, 'vera@acme.example')).expect(404);
  });

  it('lets a session of acme read nothing of globex: a 404, as for an id that does not exist', async () => {
    const cookie = await signedIn(file.app, file.store, 'alex@acme.example');
    const globex = await get(file.app, `/api/companies/${await companyIdOf(file.store, 'globex.us2.gainsightcloud.com')}`, cookie).expect(404);
    const missing = await get(file.app, '/api/companies/00000000-0000-4000-8000-000000000000', cookie).expect(404);
    expect(globex.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(globex.body).toEqual(missing.body);
  });

  it('answers a malformed id with a 404, never a 500', async () => {
    const cookie = await signedIn(file.app, file.store, 'alex@acme.example');
    await get(file.app, '/api/companies/not-a-uuid', cookie).expect(404);
  });

  it('asks a browser that has not signed in to sign in', async () => {
    const res = await get(file.app, `/api/companies/${await companyIdOf(file.store, 'acme.gainsightcloud.com')}`).expect(401);
    expect(res.body).toMatchObject({ status: 401, detail: 'Sign in to Gainsight first.' });
  });

  it('refuses a session whose user has since lost a licence that may sign in', async () => {
    const cookie = await signedIn(file.app, file.store, 'paul@acme.example');
    await file.store.prisma.user.updateMany({ where: { username: 'paul@acme.example' }, data: { licence: 'EXTERNAL' } });
    try {
      const res = await get(file.app, `/api/companies/${await companyIdOf(file.store, 'acme.gainsightcloud.com')}`, cookie).expect(403);
      expect(res.body.detail).toMatch(/External licence cannot sign in.*needs a Full, Viewer\+ or Viewer licence/);
    } finally {
      await file.store.prisma.user.updateMany({ where: { username: 'paul@acme.example' }, data: { licence: 'VIEWER_PLUS' } });
    }
  });
});
