import { scorecardResponseSchema, type ScorecardMeasure } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { get, post } from '../support/gainsight.ts';
import { clientOf } from '../support/http-client.ts';

const GLOBEX = 'globex.us2.gainsightcloud.com';

const file = fileAppOf(it);
const cookies: Record<'alex' | 'vera' | 'paul', string> = { alex: '', vera: '', paul: '' };
let companyId: string;
let manualId: string;
let automatedId: string;
let globexCompanyId: string;

const put = (path: string, cookie: string, body?: object) => clientOf(file.app, cookie).put(path, body);
const measurePath = (measureId: string, company = companyId) => `/api/companies/${company}/scorecard/measures/${measureId}`;
const measureOf = (body: unknown, id: string): ScorecardMeasure | undefined =>
  scorecardResponseSchema
    .parse(body)
    .scorecard?.groups.flatMap((group) => group.measures)
    .find((measure) => measure.id === id);

it.beforeAll(async ({ signIn }) => {
  for (const name of ['alex', 'vera', 'paul'] as const) cookies[name] = await signIn(`${name}@acme.example`);
  const assignment = await file.store.prisma.scorecardAssignment.findFirstOrThrow({
    where: { domain: { host: 'acme.gainsightcloud.com' }, companyId: { not: null } },
    include: { scorecard: { include: { measures: true } } },
  });
  companyId = assignment.companyId!;
  manualId = assignment.scorecard.measures.find((measure) => measure.kind === 'MANUAL')!.id;
  automatedId = assignment.scorecard.measures.find((measure) => measure.kind === 'AUTOMATED')!.id;
  globexCompanyId = (await file.store.prisma.company.findFirstOrThrow({ where: { domain: { host: GLOBEX } } })).id;
});

describe('GET /api/{companies|relationships}/:id/scorecard', () => {
  it('answers the active scorecard to every licence that signs in', async () => {
    for (const cookie of Object.values(cookies)) {
      const res = await get(file.app, `/api/companies/${companyId}/scorecard`, cookie).expect(200);
      const { scorecard } = scorecardResponseSchema.parse(res.body);
      expect(scorecard?.history).toHaveLength(18);
      expect(scorecard?.groups.length).toBeGreaterThan(0);
    }
  });

  it('answers a relationship scorecard, and null for a relationship without one', async () => {
    const withCard = await file.store.prisma.scorecardAssignment.findFirstOrThrow({
      where: { domain: { host: 'acme.gainsightcloud.com' }, relationshipId: { not: null } },
    });
    const res = await get(file.app, `/api/relationships/${withCard.relationshipId}/scorecard`, cookies.vera).expect(200);
    expect(scorecardResponseSchema.parse(res.body).scorecard).not.toBeNull();
    const without = await file.store.prisma.relationship.findFirstOrThrow({
      where: { domain: { host: 'acme.gainsightcloud.com' }, scorecardAssignment: null },
    });
    expect((await get(file.app, `/api/relationships/${without.id}/scorecard`, cookies.vera).expect(200)).body).toEqual({ scorecard: null });
  });

  it("answers another domain's company and a malformed id with 404, and no sign-in with 401", async () => {
    await get(file.app, `/api/companies/${globexCompanyId}/scorecard`, cookies.alex).expect(404);
    await get(file.app, '/api/companies/not-an-id/scorecard', cookies.alex).expect(404);
    await get(file.app, `/api/companies/${companyId}/scorecard`).expect(401);
  });

  it('refuses an Internal Collaborator, who cannot sign in at all', async () => {
    const domainId = (await file.store.prisma.domain.findUniqueOrThrow({ where: { host: 'acme.gainsightcloud.com' } })).id;
    const res = await post(file.app, '/api/login', { username: 'ian@acme.example', password: 'zoom-demo-2026', domainId });
    expect(res.status).toBe(403);
  });
});

describe('PUT /api/{companies|relationships}/:id/scorecard/measures/:measureId', () => {
  it('lets Full set a manual score and comment, answering the recomputed scorecard', async () => {
    const before = scorecardResponseSchema.parse((await get(file.app, `/api/companies/${companyId}/scorecard`, cookies.alex)).body).scorecard!;
    const res = await put(measurePath(manualId), cookies.alex, { score: 12, comment: 'Champion changed roles' }).expect(200);
    expect(measureOf(res.body, manualId)).toMatchObject({ score: 12, comment: 'Champion changed roles', type: 'manual' });
    const after = scorecardResponseSchema.parse(res.body).scorecard!;
    expect(after.overall.previousScore).toBe(before.overall.score);
    expect(after.history.at(-1)?.score).toBe(after.overall.score);
  });

  it('lets Viewer+ comment, and refuses their score with the reason', async () => {
    const res = await put(measurePath(manualId), cookies.paul, { comment: 'QBR booked' }).expect(200);
    expect(measureOf(res.body, manualId)?.comment).toBe('QBR booked');
    const refused = await put(measurePath(manualId), cookies.paul, { score: 90 }).expect(403);
    expect(refused.body.detail).toMatch(/Viewer\+ licence cannot update scorecard measures/);
  });

  it('lets a Viewer change nothing, naming why', async () => {
    expect((await put(measurePath(manualId), cookies.vera, { comment: 'hi' }).expect(403)).body.detail).toMatch(/Viewer licence cannot comment/);
    expect((await put(measurePath(manualId), cookies.vera, { score: 50 }).expect(403)).body.detail).toMatch(/Viewer licence cannot update/);
  });

  it('keeps automated measures read-only for Full too, with the reason', async () => {
    const res = await put(measurePath(automatedId), cookies.alex, { score: 50 }).expect(403);
    expect(res.body.detail).toMatch(/Automated measures/);
  });

  it("answers another domain's company and an unknown measure with 404", async () => {
    await put(measurePath(manualId, globexCompanyId), cookies.alex, { score: 50 }).expect(404);
    await put(measurePath('00000000-0000-4000-8000-000000000000'), cookies.alex, { score: 50 }).expect(404);
    await put(measurePath('nope'), cookies.alex, { score: 50 }).expect(404);
  });

  it('answers bad input with 400 naming the field, never 500', async () => {
    const cases: Array<[body: object | undefined, field: string]> = [
      [{ score: 101 }, 'score'],
      [{ score: -1 }, 'score'],
      [{ score: 'high' }, 'score'],
      // Every score is a whole number (contracts' roundScore): a fraction is refused, not rounded away.
      [{ score: 73.2 }, 'score'],
      [{ comment: 'x'.repeat(2001) }, 'comment'],
      [{}, 'score'],
      [undefined, 'score'],
    ];
    for (const [body, field] of cases) {
      const res = await put(measurePath(manualId), cookies.alex, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: field })]));
    }
  });
});
