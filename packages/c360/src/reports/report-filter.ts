import { REPORT_EVENT_TYPES, type ReportQuery } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import { Prisma, type PrismaClient } from '../store/prisma.ts';

export type ReportFilter = Pick<ReportQuery, 'companyId' | 'relationshipId' | 'userId' | 'type' | 'from' | 'to'>;

const DAY_MS = 86_400_000;

/** `from` as the first instant of its UTC day. */
export const startOfDay = (date: string): Date => new Date(`${date}T00:00:00.000Z`);
/** `to` as the first instant after its UTC day, so the whole day is included. */
export const endOfDay = (date: string): Date => new Date(startOfDay(date).getTime() + DAY_MS);

/**
 * The company, relationship and user of a filter must be the domain's: any other id is a 404, as everywhere
 * else, rather than an empty report that would not tell the caller the id is wrong. One statement checks all.
 */
export async function checkFilterIds(prisma: PrismaClient, domainId: string, filter: ReportFilter): Promise<void> {
  const { companyId, relationshipId, userId } = filter;
  if (companyId === undefined && relationshipId === undefined && userId === undefined) return;
  const [found] = await prisma.$queryRaw<{ company: boolean; relationship: boolean; user: boolean }[]>`
    SELECT
      EXISTS (SELECT 1 FROM "Company" WHERE id = ${companyId ?? null}::uuid AND "domainId" = ${domainId}::uuid) AS company,
      EXISTS (SELECT 1 FROM "Relationship" WHERE id = ${relationshipId ?? null}::uuid AND "domainId" = ${domainId}::uuid) AS relationship,
      EXISTS (SELECT 1 FROM "User" WHERE id = ${userId ?? null}::uuid AND "domainId" = ${domainId}::uuid) AS "user"`;
  if (companyId !== undefined && !found?.company) throw new AppError('NOT_FOUND', 'No such company.');
  if (relationshipId !== undefined && !found?.relationship) throw new AppError('NOT_FOUND', 'No such relationship.');
  if (userId !== undefined && !found?.user) throw new AppError('NOT_FOUND', 'No such user.');
}

/**
 * The WHERE conditions (on `AuditEvent e`) of a filter, always within the domain and the report's types.
 * A company includes its relationships' events, whether or not they also carry the company id.
 * `types` narrows further (the meeting chart's types).
 */
export function filterConditions(domainId: string, filter: ReportFilter, types: readonly string[] = REPORT_EVENT_TYPES): Prisma.Sql[] {
  const { companyId, relationshipId, userId, type, from, to } = filter;
  const wanted = type === undefined ? types : types.filter((candidate) => candidate === type);
  return [
    Prisma.sql`e."domainId" = ${domainId}::uuid`,
    wanted.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`e.type IN (${Prisma.join(wanted)})`,
    ...(companyId === undefined
      ? []
      : [
          Prisma.sql`(e."companyId" = ${companyId}::uuid OR e."relationshipId" IN (
            SELECT id FROM "Relationship" WHERE "companyId" = ${companyId}::uuid AND "domainId" = ${domainId}::uuid))`,
        ]),
    ...(relationshipId === undefined ? [] : [Prisma.sql`e."relationshipId" = ${relationshipId}::uuid`]),
    ...(userId === undefined ? [] : [Prisma.sql`e."userId" = ${userId}::uuid`]),
    ...(from === undefined ? [] : [Prisma.sql`e."createdAt" >= ${startOfDay(from).toISOString()}::timestamptz`]),
    ...(to === undefined ? [] : [Prisma.sql`e."createdAt" < ${endOfDay(to).toISOString()}::timestamptz`]),
  ];
}
