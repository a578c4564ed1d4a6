import type { Insights, SubjectRef } from '@c360/contracts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';
import { findSubject } from '../subjects/find-subject.ts';

export interface ReadInsightsQuery {
  reader: Actor;
  subject: SubjectRef;
}

interface Row {
  ctasOpen: number;
  ctasClosed: number;
  ticketsOpen: number;
  ticketsClosed: number;
  firstResponse: number | null;
  response: number | null;
  resolution: number | null;
  good: number;
  okay: number;
  bad: number;
}

/**
 * Customer insights (seed 004) of a company or relationship of the domain, all computed by one SQL statement
 * of aggregates: no ticket or reply row is loaded into Node. Tickets belong to companies, so a relationship
 * shows its company's tickets and only its own CTAs. For any licence that views Customer 360. Averages over nothing are null (SQL AVG of no rows).
 */
export async function readInsights(prisma: PrismaClient, { reader, subject }: ReadInsightsQuery): Promise<Insights> {
  assertCan(reader, 'viewC360');
  const { domainId } = reader;
  const { companyId } = await findSubject(prisma, reader, subject);
  const ctaOwner = subject.kind === 'company' ? Prisma.sql`"companyId" = ${companyId}::uuid` : Prisma.sql`"relationshipId" = ${subject.id}::uuid`;
  const [row] = await prisma.$queryRaw<Row[]>`
    WITH ticket AS (
      SELECT id, status, rating, "createdAt", "resolvedAt" FROM "SupportTicket"
      WHERE "domainId" = ${domainId}::uuid AND "companyId" = ${companyId}::uuid
    ), reply AS (
      SELECT r."ticketId", r."sentAt", r."responseMinutes", t."createdAt" FROM "SupportTicketReply" r
      JOIN ticket t ON t.id = r."ticketId"
      WHERE r."domainId" = ${domainId}::uuid
    ), first_reply AS (
      SELECT MIN("sentAt") - "createdAt" AS waited FROM reply WHERE "sentAt" >= "createdAt" GROUP BY "ticketId", "createdAt"
    ), cta AS (
      SELECT
        COUNT(*) FILTER (WHERE status = 'OPEN')::int AS "ctasOpen",
        COUNT(*) FILTER (WHERE status = 'CLOSED')::int AS "ctasClosed"
      FROM "Cta" WHERE "domainId" = ${domainId}::uuid AND ${ctaOwner}
    )
    SELECT cta.*, tickets.*,
      (SELECT (AVG(EXTRACT(EPOCH FROM waited)) / 60)::float8 FROM first_reply) AS "firstResponse",
      (SELECT AVG("responseMinutes")::float8 FROM reply) AS response
    FROM cta, (
      SELECT
        COUNT(*) FILTER (WHERE status = 'OPEN')::int AS "ticketsOpen",
        COUNT(*) FILTER (WHERE status = 'CLOSED')::int AS "ticketsClosed",
        (AVG(EXTRACT(EPOCH FROM "resolvedAt" - "createdAt")) FILTER (WHERE status = 'CLOSED') / 60)::float8 AS resolution,
        COUNT(*) FILTER (WHERE rating BETWEEN 4 AND 5)::int AS good,
        COUNT(*) FILTER (WHERE rating = 3)::int AS okay,
        COUNT(*) FILTER (WHERE rating BETWEEN 1 AND 2)::int AS bad
      FROM ticket
    ) tickets`;
  const { ctasOpen, ctasClosed, ticketsOpen, ticketsClosed, firstResponse, response, resolution, good, okay, bad } = row!;
  return {
    ctas: { open: ctasOpen, closed: ctasClosed },
    tickets: { open: ticketsOpen, closed: ticketsClosed },
    averageFirstResponseMinutes: firstResponse,
    averageResponseMinutes: response,
    averageResolutionMinutes: resolution,
    happiness: { good, okay, bad, rated: good + okay + bad },
    ticketsFromCompany: subject.kind === 'relationship',
  };
}
