import { addPersonResultSchema, peoplePageSchema, type Person } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { DEMO_PASSWORD } from '@c360/c360/seed';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { domainIdOf, get, post } from '../support/gainsight.ts';
import { clientOf } from '../support/http-client.ts';

const ACME = 'acme.gainsightcloud.com';
const GLOBEX = 'globex.us2.gainsightcloud.com';

const file = fileAppOf(it);
let alex: string;
let vera: string;
let paul: string;
let sam: string;
let acme: { companyId: string; relationshipId: string };
let globexCompanyId: string;

const newPerson = (email: string, companyId = acme.companyId) => ({
  firstName: 'Jordan',
  lastName: 'Blake',
  email,
  title: 'Buyer',
  role: 'Champion',
  companyId,
});

it.beforeAll(async ({ signIn }) => {
  [alex, vera, paul] = await Promise.all([signIn('alex@acme.example'), signIn('vera@acme.example'), signIn('paul@acme.example')]);
  sam = await signIn('sam@globex.example', { host: GLOBEX });
  const relationship = await file.store.prisma.relationship.findFirstOrThrow({ where: { domain: { host: ACME } } });
  acme = { companyId: relationship.companyId, relationshipId: relationship.id };
  globexCompanyId = (await file.store.prisma.company.findFirstOrThrow({ where: { domain: { host: GLOBEX } } })).id;
});

describe('POST /api/people', () => {
  it('lets a Full user add a person to a company and a relationship, answering 201 with the person', async () => {
    const res = await post(file.app, '/api/people', { ...newPerson('Jordan.Blake@Outlook.Example'), relationshipId: acme.relationshipId }, alex).expect(201);
    expect(addPersonResultSchema.parse(res.body)).toMatchObject({
      created: true,
      email: 'jordan.blake@outlook.example',
      companyId: acme.companyId,
      relationshipId: acme.relationshipId,
      role: 'Champion',
      title: 'Buyer',
    });
  });

  it('links the person an e-mail already belongs to, answering 200 and creating no duplicate', async () => {
    const first = await post(file.app, '/api/people', newPerson('dana.lee@example.org'), alex).expect(201);
    const again = await post(file.app, '/api/people', { ...newPerson('DANA.LEE@example.org'), firstName: 'Dana' }, alex).expect(200);
    expect(again.body).toMatchObject({ id: first.body.id, created: false });
    expect(await file.store.prisma.person.count({ where: { email: 'dana.lee@example.org' } })).toBe(1);
  });

  it.each([
    ['vera (Viewer)', () => vera, 'Viewer'],
    ['paul (Viewer+)', () => paul, 'Viewer\\+'],
  ])('refuses %s with the reason, even for a bad body', async (_name, cookie, licence) => {
    for (const body of [newPerson('refused@example.org'), {}]) {
      const res = await post(file.app, '/api/people', body, cookie()).expect(403);
      expect(res.body.detail).toMatch(new RegExp(`Your ${licence} licence cannot add or edit people`));
    }
    expect(await file.store.prisma.person.count({ where: { email: 'refused@example.org' } })).toBe(0);
  });

  it('never lets ian (Internal Collaborator) in, nor anyone signed out', async () => {
    const domainId = await domainIdOf(file.store, ACME);
    await post(file.app, '/api/login', { username: 'ian@acme.example', password: DEMO_PASSWORD, domainId }).expect(403);
    await post(file.app, '/api/people', newPerson('ian-tried@example.org')).expect(401);
  });

  it('answers 404 naming the field for another domain’s company, and leaves that domain alone', async () => {
    const res = await post(file.app, '/api/people', newPerson('cross@example.org', globexCompanyId), alex).expect(404);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'companyId' })]);
    expect(await file.store.prisma.person.count({ where: { email: 'cross@example.org' } })).toBe(0);
  });

  it('answers 400 naming each bad field, never 500', async () => {
    const res = await post(file.app, '/api/people', { firstName: '', email: 'nope', companyId: 'x', relationshipId: 42 }, alex).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['companyId', 'email', 'firstName', 'lastName', 'relationshipId']);
    const notJson = await clientOf(file.app, alex).post('/api/people').set('Content-Type', 'application/json').send('{').expect(400);
    expect(notJson.body.status).toBe(400);
  });
});

describe('GET /api/{companies|relationships}/:id/people', () => {
  it('pages through a company’s people with a keyset cursor, each once', async () => {
    const seen: Person[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '?limit=2' : `?limit=2&cursor=${cursor}`;
      const page = peoplePageSchema.parse((await get(file.app, `/api/companies/${acme.companyId}/people${query}`, vera).expect(200)).body);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen.length).toBe(await file.store.prisma.companyPerson.count({ where: { companyId: acme.companyId } }));
    expect(new Set(seen.map((p) => p.id)).size).toBe(seen.length);
  });

  it('lists a relationship’s people', async () => {
    const res = await get(file.app, `/api/relationships/${acme.relationshipId}/people`, paul).expect(200);
    expect(peoplePageSchema.parse(res.body).items.some((p) => p.email === 'jordan.blake@outlook.example')).toBe(true);
  });

  it('reads only the named people who belong to the subject, refusing ids that are not ids', async () => {
    const jordan = await file.store.prisma.person.findFirstOrThrow({ where: { email: 'jordan.blake@outlook.example' } });
    const res = await get(file.app, `/api/companies/${acme.companyId}/people?personIds=${jordan.id},${globexCompanyId}`, alex).expect(200);
    expect(peoplePageSchema.parse(res.body).items.map((p) => p.id)).toEqual([jordan.id]);
    const bad = await get(file.app, `/api/companies/${acme.companyId}/people?personIds=x`, alex).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: expect.stringMatching(/^personIds/) })]);
  });

  it('answers 404 for another domain’s company or a malformed id, 400 for a bad cursor or limit, 401 signed out', async () => {
    await get(file.app, `/api/companies/${globexCompanyId}/people`, alex).expect(404);
    await get(file.app, `/api/companies/${acme.companyId}/people`, sam).expect(404);
    await get(file.app, '/api/relationships/not-an-id/people', alex).expect(404);
    const cursor = await get(file.app, `/api/companies/${acme.companyId}/people?cursor=zzz`, alex).expect(400);
    expect(cursor.body.errors).toEqual([expect.objectContaining({ path: 'cursor' })]);
    const limit = await get(file.app, `/api/companies/${acme.companyId}/people?limit=0`, alex).expect(400);
    expect(limit.body.errors).toEqual([expect.objectContaining({ path: 'limit' })]);
    await get(file.app, `/api/companies/${acme.companyId}/people`).expect(401);
  });
});
