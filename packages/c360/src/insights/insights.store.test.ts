import type { Insights } from '@c360/contracts';
import { beforeAll, describe, expect } from 'vitest';
import { demoActor, rejection, storeTest as it } from '../../test/support/index.ts';
import type { Actor } from '../permissions/actor.ts';
import { AppError } from '../errors/app-error.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { readInsights } from './read-insights.ts';

let prisma: PrismaClient;
let acmeId: string;
let globexId: string;
let hana: Actor;
let sam: Actor;
let ownerId: string;
let typeId: string;
let companies = 0;

const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function freshCompany(domainId = acmeId): Promise<string> {
  companies += 1;
  const company = await prisma.company.create({ data: { domainId, name: `Insights test company ${companies}` } });
  return company.id;
}

interface TicketSpec {
  status: 'OPEN' | 'CLOSED';
  rating?: number;
  resolvedAfter?: number;
  /** Agent replies: [minutes after creation, response minutes]. */
  replies?: [number, number][];
  domainId?: string;
}

async function addTicket(companyId: string, { status, rating, resolvedAfter, replies = [], domainId = acmeId }: TicketSpec): Promise<void> {
  const ticket = await prisma.supportTicket.create({
    data: {
      domainId,
      companyId,
      subject: 'Help',
      status,
      createdAt: T0,
      rating: rating ?? null,
      resolvedAt: resolvedAfter === undefined ? null : at(resolvedAfter),
    },
  });
  await prisma.supportTicketReply.createMany({
    data: replies.map(([after, responseMinutes]) => ({ domainId, ticketId: ticket.id, sentAt: at(after), responseMinutes })),
  });
}

async function addCta(companyId: string, status: 'OPEN' | 'CLOSED', relationshipId?: string): Promise<void> {
  await prisma.cta.create({
    data: { domainId: acmeId, companyId, relationshipId: relationshipId ?? null, subject: 'Follow up', status, ownerId, dueDate: T0 },
  });
}

it.beforeAll(async ({ store, actors }) => {
  prisma = store.prisma;
  const acme = await prisma.domain.findFirstOrThrow({ where: { tenant: 'acme', environment: 'PRODUCTION' } });
  acmeId = acme.id;
  globexId = (await prisma.domain.findFirstOrThrow({ where: { tenant: 'globex' } })).id;
  ownerId = (await prisma.user.findFirstOrThrow({ where: { domainId: acmeId } })).id;
  [hana, sam] = await actors('hana.sato@acme.example', 'sam@globex.example');
  typeId = (await prisma.relationshipType.findFirstOrThrow({ where: { domainId: acmeId } })).id;
});

describe('readInsights', () => {
  let companyId: string;
  let relationshipId: string;

  beforeAll(async () => {
    companyId = await freshCompany();
    relationshipId = (await prisma.relationship.create({ data: { domainId: acmeId, companyId, typeId, name: 'Insights line' } })).id;
    // First responses 30, 90, 120 (the reply 10 minutes before t2 was created is not one) → 80.
    // Responses 30, 60, 10, 90, 120 → 62. Resolutions 2880, 60, 300 → 1080.
    await addTicket(companyId, {
      status: 'OPEN',
      replies: [
        [30, 30],
        [180, 60],
      ],
    });
    await addTicket(companyId, {
      status: 'CLOSED',
      rating: 2,
      resolvedAfter: 2880,
      replies: [
        [-10, 10],
        [90, 90],
      ],
    });
    await addTicket(companyId, { status: 'CLOSED', rating: 3, resolvedAfter: 60 });
    await addTicket(companyId, { status: 'CLOSED', rating: 4, resolvedAfter: 300, replies: [[120, 120]] });
    await addTicket(companyId, { status: 'OPEN', rating: 1 });
    await addTicket(companyId, { status: 'OPEN', rating: 5 });
    // Another tenant's rows pointing at the same company never count.
    await addTicket(companyId, { status: 'CLOSED', rating: 1, resolvedAfter: 5, replies: [[1, 1]], domainId: globexId });
    await addCta(companyId, 'OPEN');
    await addCta(companyId, 'CLOSED');
    await addCta(companyId, 'OPEN', relationshipId);
    await addCta(companyId, 'CLOSED', relationshipId);
    await addCta(companyId, 'CLOSED', relationshipId);
  });

  it('computes the metrics of a fixed data set exactly as by hand', async () => {
    expect(await readInsights(prisma, { reader: hana, subject: { kind: 'company', id: companyId } })).toEqual({
      ctas: { open: 2, closed: 3 },
      tickets: { open: 3, closed: 3 },
      averageFirstResponseMinutes: 80,
      averageResponseMinutes: 62,
      averageResolutionMinutes: 1080,
      happiness: { good: 2, okay: 1, bad: 2, rated: 5 },
      ticketsFromCompany: false,
    } satisfies Insights);
  });

  it("gives a relationship its own CTAs and its company's tickets", async () => {
    const insights = await readInsights(prisma, { reader: hana, subject: { kind: 'relationship', id: relationshipId } });
    expect(insights).toMatchObject({ ctas: { open: 1, closed: 2 }, tickets: { open: 3, closed: 3 }, averageResponseMinutes: 62, ticketsFromCompany: true });
  });

  it('maps ratings 1–2 to bad, 3 to okay, 4–5 to good, and leaves unrated tickets out', async () => {
    const expected = { 1: 'bad', 2: 'bad', 3: 'okay', 4: 'good', 5: 'good' } as const;
    for (const [rating, level] of Object.entries(expected)) {
      const id = await freshCompany();
      await addTicket(id, { status: 'OPEN', rating: Number(rating) });
      await addTicket(id, { status: 'OPEN' });
      const { happiness } = await readInsights(prisma, { reader: hana, subject: { kind: 'company', id } });
      expect(happiness).toEqual({ good: 0, okay: 0, bad: 0, [level]: 1, rated: 1 });
    }
  });

  it('gives a company without tickets or CTAs zero counts and null averages, not NaN', async () => {
    const id = await freshCompany();
    expect(await readInsights(prisma, { reader: hana, subject: { kind: 'company', id } })).toEqual({
      ctas: { open: 0, closed: 0 },
      tickets: { open: 0, closed: 0 },
      averageFirstResponseMinutes: null,
      averageResponseMinutes: null,
      averageResolutionMinutes: null,
      happiness: { good: 0, okay: 0, bad: 0, rated: 0 },
      ticketsFromCompany: false,
    });
  });

  it("answers another domain's company or relationship, and a malformed id, as not found", async () => {
    for (const subject of [
      { kind: 'company', id: companyId },
      { kind: 'relationship', id: relationshipId },
      { kind: 'company', id: 'not-an-id' },
    ] as const) {
      const error = await readInsights(prisma, { reader: sam, subject }).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('NOT_FOUND');
    }
  });

  it('refuses a user whose licence cannot view Customer 360', async () => {
    const ian = await demoActor(prisma, 'ian@acme.example');
    const error = await rejection(readInsights(prisma, { reader: ian, subject: { kind: 'company', id: companyId } }));
    expect(error).toMatchObject({ code: 'FORBIDDEN', details: { action: 'viewC360' } });
  });
});
