import type { ApiPersonRecord } from '@c360/contracts';
import type { PrismaClient } from '../store/prisma.ts';
import type { RecordOutcome, Written } from './upsert-batch.ts';

const unknownManager = { field: 'ManagerEmail', message: 'No person of this company has this e-mail address.' };

/** What the statement answers for each written record that sends a ManagerEmail, by its place among them. */
interface ManagerLinkResult {
  k: bigint;
  unknown: boolean;
  changed: boolean;
}

/**
 * Sets the manager of each written person's link to the company it names (the company's person with the
 * ManagerEmail; a null clears it), in one statement, once every record of a call or file is written: a manager
 * may come after the people they manage. A record whose link changes only by its manager is `updated`; one whose
 * manager is no person of the company is answered an error naming ManagerEmail, the rest of it being written.
 */
export async function linkManagers(
  prisma: Pick<PrismaClient, '$queryRaw'>,
  domainId: string,
  written: ReadonlyArray<Written<ApiPersonRecord>>,
): Promise<RecordOutcome[]> {
  const outcomes = written.map(({ outcome }) => outcome);
  const sent = written.flatMap(({ record, outcome }, index) =>
    record.ManagerEmail === undefined || outcome.status === 'error' || !outcome.id ? [] : [{ index, record, personId: outcome.id }],
  );
  if (sent.length === 0) return outcomes;
  // A record sending ManagerEmail names its company (the upsert refuses it otherwise), by ExternalId first as the upsert reads it.
  const rows = await prisma.$queryRaw<ManagerLinkResult[]>`
    WITH sent AS (
      SELECT * FROM unnest(
        ${sent.map(({ personId }) => personId)}::uuid[],
        ${sent.map(({ record }) => record.CompanyExternalId ?? null)}::text[],
        ${sent.map(({ record }) => record.CompanyName ?? null)}::text[],
        ${sent.map(({ record }) => record.ManagerEmail ?? null)}::text[]
      ) WITH ORDINALITY AS s("personId", "companyExternalId", "companyName", "managerEmail", "k")
    ), target AS (
      SELECT s."k", s."managerEmail", link."id" AS "linkId", manager."id" AS "managerId"
      FROM sent s
      JOIN "Company" c ON c."domainId" = ${domainId}::uuid
        AND (c."externalId" = s."companyExternalId" OR (s."companyExternalId" IS NULL AND c."name" = s."companyName"))
      JOIN "CompanyPerson" link ON link."companyId" = c."id" AND link."personId" = s."personId"
      LEFT JOIN "Person" p ON p."domainId" = ${domainId}::uuid AND p."email" = s."managerEmail"
      LEFT JOIN "CompanyPerson" manager ON manager."companyId" = c."id" AND manager."personId" = p."id"
    ), updated AS (
      UPDATE "CompanyPerson" AS t SET "managerId" = target."managerId"
      FROM target
      WHERE t."id" = target."linkId" AND (target."managerEmail" IS NULL OR target."managerId" IS NOT NULL)
        AND t."managerId" IS DISTINCT FROM target."managerId"
      RETURNING t."id"
    )
    SELECT target."k", (target."managerEmail" IS NOT NULL AND target."managerId" IS NULL) AS "unknown",
      EXISTS (SELECT 1 FROM updated WHERE updated."id" = target."linkId") AS "changed"
    FROM target`;
  for (const { k, unknown, changed } of rows) {
    const { index } = sent[Number(k) - 1]!;
    const outcome = outcomes[index]!;
    if (unknown) outcomes[index] = { status: 'error', ...(outcome.id && { id: outcome.id }), errors: [unknownManager] };
    else if (changed && outcome.status === 'unchanged') outcomes[index] = { ...outcome, status: 'updated' };
  }
  return outcomes;
}
