import { insightsSchema } from '@c360/contracts';
import { describe, expect } from 'vitest';
import { appTest as it, fileAppOf } from '../support/app-test.ts';
import { companyIdOf, domainIdOf, get } from '../support/gainsight.ts';

const ACME = 'acme.gainsightcloud.com';
const GLOBEX = 'globex.us2.gainsightcloud.com';
const CREATED = new Date('2026-03-02T09:00:00.000Z');
const minutesLater = (minutes: number) => new Date(CREATED.getTime() + minutes * 60_000);

const file = fileAppOf(it);
let cookie: string;
let companyId: string;
let relationshipId: string;
let globexCompanyId: string;

it.beforeAll(async ({ signIn }) => {
  cookie = await signIn('vera@acme.example');
  const domainId = await domainIdOf(file.store, ACME);
  const { prisma } = file.store;
  const typeId = (await prisma.relationshipType.findFirstOrThrow({ where: { domainId } })).id;
  const company = await prisma.company.create({ data: { domainId, name: 'Insights route company' } });
  companyId = company.id;
  relationshipId = (await prisma.relationship.create({ data: { domainId, companyId, typeId, name: 'Insights route line' } })).id;
  const closed = await prisma.supportTicket.create({
    data: { domainId, companyId, subject: 'Export fails', status: 'CLOSED', createdAt: CREATED, resolvedAt: minutesLater(240), rating: 5 },
  });
  await prisma.supportTicketReply.create({ data: { domainId, ticketId: closed.id, sentAt: minutesLater(45), responseMinutes: 45 } });
  await prisma.supportTicket.create({ data: { domainId, companyId, subject: 'Slow sync', status: 'OPEN', createdAt: CREATED, rating: 2 } });
  globexCompanyId = await companyIdOf(file.store, GLOBEX);
});

describe('GET /api/{companies|relationships}/:id/insights', () => {
  it("answers a company's insights to a signed-in user", async () => {
    const res = await get(file.app, `/api/companies/${companyId}/insights`, cookie).expect(200);
    expect(insightsSchema.parse(res.body)).toEqual({
      ctas: { open: 0, closed: 0 },
      tickets: { open: 1, closed: 1 },
      averageFirstResponseMinutes: 45,
      averageResponseMinutes: 45,
      averageResolutionMinutes: 240,
      happiness: { good: 1, okay: 0, bad: 1, rated: 2 },
      ticketsFromCompany: false,
    });
  });

  it("answers a relationship's insights with its company's tickets", async () => {
    const res = await get(file.app, `/api/relationships/${relationshipId}/insights`, cookie).expect(200);
    expect(insightsSchema.parse(res.body)).toMatchObject({ tickets: { open: 1, closed: 1 }, ticketsFromCompany: true });
  });

  it("answers another domain's company and a malformed id with 404", async () => {
    await get(file.app, `/api/companies/${globexCompanyId}/insights`, cookie).expect(404);
    await get(file.app, '/api/companies/not-an-id/insights', cookie).expect(404);
    await get(file.app, '/api/relationships/not-an-id/insights', cookie).expect(404);
  });

  it('needs a Gainsight sign-in', async () => {
    await get(file.app, `/api/companies/${companyId}/insights`).expect(401);
  });
});
