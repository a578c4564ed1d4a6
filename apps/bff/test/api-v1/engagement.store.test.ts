import { apiUpsertResultSchema, insightsSchema, timelinePageSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { apiKeyOf, callDomainApi, records } from '../support/domain-api.ts';
import { get, signedIn } from '../support/gainsight.ts';

// Issue 17: POST /api/v1/ctas, /tickets and /activities, called by an integration with an API key; what they
// write shows in the sidebar's Summary metrics and timeline.
const file = fileAppOf(it, ['session', 'rateLimitCounter']);
const upsert = async (key: string, path: string, body: unknown) =>
  apiUpsertResultSchema.parse((await callDomainApi(file.app, path, key, body).expect(200)).body);
const statuses = (answer: { results: Array<{ status: string }> }) => answer.results.map((result) => result.status);

const company = { ExternalId: 'crm-eng-1', Name: 'Integration Engagement Co' };
const cta = {
  ExternalId: 'crm-cta-1',
  CompanyExternalId: 'crm-eng-1',
  Subject: 'Renewal risk',
  Type: 'RISK',
  OwnerEmail: 'hana.sato@acme.example',
  DueDate: '2027-03-01',
};
const ticket = {
  ExternalId: 'crm-tk-1',
  CompanyExternalId: 'crm-eng-1',
  Subject: 'Login fails',
  Status: 'CLOSED',
  CreatedAt: '2026-03-02T09:00:00Z',
  FirstResponseAt: '2026-03-02T09:30:00Z',
  ResolvedAt: '2026-03-02T11:00:00Z',
  Rating: 3,
  Replies: [{ SentAt: '2026-03-02T09:30:00Z', ResponseMinutes: 30 }],
};
const activity = {
  ExternalId: 'crm-act-1',
  CompanyExternalId: 'crm-eng-1',
  Type: 'EMAIL',
  Subject: 'Sent the renewal quote',
  ActivityDate: '2026-03-03T08:00:00Z',
  AuthorEmail: 'hana.sato@acme.example',
};

describe('POST /api/v1/ctas, /tickets and /activities', () => {
  it('upserts each by ExternalId, answering per record; re-sending changes nothing; the sidebar shows them', async () => {
    const { key } = await apiKeyOf(file.store, 'alex@acme.example');
    const created = await upsert(key, '/api/v1/companies', records(company));
    const companyId = created.results[0]!.id!;
    const batches = [
      ['/api/v1/ctas', records(cta, { ...cta, ExternalId: 'crm-cta-2', OwnerEmail: 'nobody@acme.example' })],
      ['/api/v1/tickets', records(ticket, { ...ticket, ExternalId: 'crm-tk-2', Rating: 9 })],
      ['/api/v1/activities', records(activity, { ...activity, ExternalId: 'crm-act-2', CompanyExternalId: 'crm-404' })],
    ] as const;
    const fields = [['OwnerEmail'], ['Rating'], ['CompanyExternalId']];
    for (const [index, [path, body]] of batches.entries()) {
      const first = await upsert(key, path, body);
      expect(statuses(first)).toEqual(['created', 'error']);
      expect(first.results[1]!.errors!.map((error) => error.field)).toEqual(fields[index]);
      expect(statuses(await upsert(key, path, body))).toEqual(['unchanged', 'error']);
    }

    const cookie = await signedIn(file.app, file.store, 'hana.sato@acme.example');
    const insights = insightsSchema.parse((await get(file.app, `/api/companies/${companyId}/insights`, cookie).expect(200)).body);
    expect(insights).toMatchObject({
      ctas: { open: 1, closed: 0 },
      tickets: { open: 0, closed: 1 },
      averageFirstResponseMinutes: 30,
      happiness: { okay: 1, rated: 1 },
    });
    const timeline = timelinePageSchema.parse((await get(file.app, `/api/companies/${companyId}/timeline`, cookie).expect(200)).body);
    expect(timeline.items).toMatchObject([{ type: 'EMAIL', subject: 'Sent the renewal quote', status: 'LOGGED' }]);
  });

  it('refuses a call without a key, writing nothing', async () => {
    for (const [path, body] of [
      ['/api/v1/ctas', records({ ...cta, ExternalId: 'no-key' })],
      ['/api/v1/tickets', records({ ...ticket, ExternalId: 'no-key' })],
      ['/api/v1/activities', records({ ...activity, ExternalId: 'no-key' })],
    ] as const) {
      await callDomainApi(file.app, path, undefined, body).expect(401);
    }
    const where = { where: { externalId: 'no-key' } };
    const { prisma } = file.store;
    expect([await prisma.cta.count(where), await prisma.supportTicket.count(where), await prisma.activity.count(where)]).toEqual([0, 0, 0]);
  });
});
