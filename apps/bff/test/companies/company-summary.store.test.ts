import type { Store } from '@c360/c360/store';
import { companySummarySchema } from '@c360/contracts';
import { beforeEach, describe, expect } from 'vitest';
import { appTest as it } from '../support/app-test.ts';
import { companyIdOf, get, signedIn, type TestApp } from '../support/gainsight.ts';

let store: Store;
let app: TestApp;
it.beforeAll(({ store: fileStore, app: fileApp }) => {
  store = fileStore;
  app = fileApp;
});
beforeEach(async () => {
  await store.prisma.session.deleteMany();
  await store.prisma.rateLimitCounter.deleteMany();
});

describe('GET /api/companies/:id', () => {
  it("answers a company of the user's own domain", async () => {
    const id = await companyIdOf(store, 'acme.gainsightcloud.com');
    const res = await get(app, `/api/companies/${id}`, await signedIn(app, store, 'vera@acme.example')).expect(200);
    const company = companySummarySchema.parse(res.body);
    const row = await store.prisma.company.findUniqueOrThrow({ where: { id } });
    expect(company).toMatchObject({ id, name: row.name, industry: row.industry, stage: row.stage, currency: 'USD' });
    expect(company.arr).toBe(row.arr === null ? null : Number(row.arr));
  });

  it('lets a session of acme read nothing of globex: a 404, as for an id that does not exist', async () => {
    const cookie = await signedIn(app, store, 'alex@acme.example');
    const globex = await get(app, `/api/companies/${await companyIdOf(store, 'globex.us2.gainsightcloud.com')}`, cookie).expect(404);
    const missing = await get(app, '/api/companies/00000000-0000-4000-8000-000000000000', cookie).expect(404);
    expect(globex.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(globex.body).toEqual(missing.body);
  });

  it('answers a malformed id with a 404, never a 500', async () => {
    const cookie = await signedIn(app, store, 'alex@acme.example');
    await get(app, '/api/companies/not-a-uuid', cookie).expect(404);
  });

  it('asks a browser that has not signed in to sign in', async () => {
    const res = await get(app, `/api/companies/${await companyIdOf(store, 'acme.gainsightcloud.com')}`).expect(401);
    expect(res.body).toMatchObject({ status: 401, detail: 'Sign in to Gainsight first.' });
  });

  it('refuses a session whose user has since lost a licence that may sign in', async () => {
    const cookie = await signedIn(app, store, 'paul@acme.example');
    await store.prisma.user.updateMany({ where: { username: 'paul@acme.example' }, data: { licence: 'EXTERNAL' } });
    try {
      const res = await get(app, `/api/companies/${await companyIdOf(store, 'acme.gainsightcloud.com')}`, cookie).expect(403);
      expect(res.body.detail).toMatch(/External licence cannot sign in.*needs a Full, Viewer\+ or Viewer licence/);
    } finally {
      await store.prisma.user.updateMany({ where: { username: 'paul@acme.example' }, data: { licence: 'VIEWER_PLUS' } });
    }
  });
});
