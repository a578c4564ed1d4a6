import { PROBLEM_CONTENT_TYPE } from '@c360/contracts';
import type request from 'supertest';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from './support/app-test.ts';
import { companyIdOf, get } from './support/gainsight.ts';
import { clientOf } from './support/http-client.ts';

const UMBRELLA = 'umbrella.gainsightcloud.com';

const file = fileAppOf(it);
/** mia (Full) and grace (tenant admin) of umbrella, whose "New 360 experience" is off. */
let mia: string;
let grace: string;
let companyId: string;
let relationshipId: string;

it.beforeAll(async ({ signIn }) => {
  mia = await signIn('mia@initech.example', { host: UMBRELLA });
  grace = await signIn('grace.kim@umbrella.example', { host: UMBRELLA });
  companyId = await companyIdOf(file.store, UMBRELLA);
  relationshipId = (await file.store.prisma.relationship.findFirstOrThrow({ where: { domain: { host: UMBRELLA } } })).id;
});

const send = (method: 'put' | 'patch', path: string, cookie: string, body: object) => clientOf(file.app, cookie)[method](path, body);

describe('a domain without the New 360 experience (umbrella)', () => {
  it('gets 403 problem+json saying why from every scorecard and attributes route, not only hidden tabs', async () => {
    const measure = '00000000-0000-4000-8000-000000000000';
    const routes: Array<[string, () => request.Test]> = [
      ['GET company scorecard', () => get(file.app, `/api/companies/${companyId}/scorecard`, mia)],
      ['GET relationship scorecard', () => get(file.app, `/api/relationships/${relationshipId}/scorecard`, mia)],
      ['PUT measure', () => send('put', `/api/companies/${companyId}/scorecard/measures/${measure}`, mia, { score: 50 })],
      ['GET attributes', () => get(file.app, `/api/companies/${companyId}/attributes`, mia)],
      ['PATCH attributes', () => send('patch', `/api/companies/${companyId}/attributes`, mia, { values: { arr: 1 }, version: 1 })],
      ['GET attribute layout', () => get(file.app, '/api/admin/attribute-layout', grace)],
      ['PUT attribute layout', () => send('put', '/api/admin/attribute-layout', grace, { keys: [] })],
    ];
    for (const [route, call] of routes) {
      const res = await call();
      expect({ route, status: res.status, type: res.type }).toEqual({ route, status: 403, type: PROBLEM_CONTENT_TYPE });
      expect(res.body).toMatchObject({ type: 'urn:c360:problem:forbidden', feature: 'new360', detail: expect.stringContaining('New 360 experience') });
    }
  });

  it('still shows the same user the company’s timeline, which every tenant has', async () => {
    await get(file.app, `/api/companies/${companyId}/timeline`, mia).expect(200);
  });
});
