import { timelinePageSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { companyIdOf, get } from '../support/gainsight.ts';
import { ACME, busiestCompanyOf, GLOBEX } from './timeline-support.ts';

const file = fileAppOf(it);
let alex: string;
let companyId: string;
it.beforeAll(async ({ signIn }) => {
  alex = await signIn('alex@acme.example');
  companyId = await busiestCompanyOf(file.store, ACME);
});

describe('GET /api/companies/:id/timeline', () => {
  it('pages newest first, and the next page starts after the last item of the first', async () => {
    const first = timelinePageSchema.parse((await get(file.app, `/api/companies/${companyId}/timeline?limit=3`, alex).expect(200)).body);
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const next = timelinePageSchema.parse(
      (await get(file.app, `/api/companies/${companyId}/timeline?limit=3&cursor=${encodeURIComponent(first.nextCursor!)}`, alex).expect(200)).body,
    );
    expect(next.items.length).toBeGreaterThan(0);
    const firstIds = new Set(first.items.map((activity) => activity.id));
    expect(next.items.filter((activity) => firstIds.has(activity.id))).toEqual([]);
    expect(Date.parse(next.items[0]!.activityDate)).toBeLessThanOrEqual(Date.parse(first.items.at(-1)!.activityDate));
  });

  it('filters by type', async () => {
    const res = await get(file.app, `/api/companies/${companyId}/timeline?type=MEETING&limit=50`, alex).expect(200);
    const page = timelinePageSchema.parse(res.body);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((activity) => activity.type === 'MEETING')).toBe(true);
  });

  it('answers a cursor that is not ours, or an unknown type, with a 400 naming the field', async () => {
    const cursor = await get(file.app, `/api/companies/${companyId}/timeline?cursor=not-a-cursor`, alex).expect(400);
    expect(cursor.body.errors).toEqual([expect.objectContaining({ path: 'cursor' })]);
    const type = await get(file.app, `/api/companies/${companyId}/timeline?type=LUNCH`, alex).expect(400);
    expect(type.body.errors).toEqual([expect.objectContaining({ path: 'type' })]);
  });

  it("answers another domain's company like one that does not exist, and a malformed id with a 404", async () => {
    const globex = await get(file.app, `/api/companies/${await companyIdOf(file.store, GLOBEX)}/timeline`, alex).expect(404);
    const missing = await get(file.app, '/api/companies/00000000-0000-4000-8000-000000000000/timeline', alex).expect(404);
    expect(globex.body).toEqual(missing.body);
    await get(file.app, '/api/companies/not-a-uuid/timeline', alex).expect(404);
    await get(file.app, '/api/relationships/not-a-uuid/timeline', alex).expect(404);
  });

  it('asks a browser that has not signed in to sign in', async () => {
    await get(file.app, `/api/companies/${companyId}/timeline`).expect(401);
  });
});

describe('GET /api/relationships/:id/timeline', () => {
  it("lists a relationship's activities only", async () => {
    const relationship = await file.store.prisma.activity.findFirstOrThrow({ where: { companyId, relationshipId: { not: null }, status: 'LOGGED' } });
    const res = await get(file.app, `/api/relationships/${relationship.relationshipId}/timeline?limit=50`, alex).expect(200);
    const page = timelinePageSchema.parse(res.body);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((activity) => activity.relationshipId === relationship.relationshipId)).toBe(true);
  });
});
