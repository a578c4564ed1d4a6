import type { CompanySummary } from '@c360/contracts';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';

const uuid = z.uuid();

/**
 * One company of the reader's domain, for any licence that views Customer 360. Another domain's id answers exactly like an id that does not
 * exist, so ids of other tenants cannot be probed.
 */
export async function readCompanySummary(prisma: PrismaClient, reader: Actor, companyId: string): Promise<CompanySummary> {
  assertCan(reader, 'viewC360');
  const { domainId } = reader;
  const company = uuid.safeParse(companyId).success
    ? await prisma.company.findFirst({
        where: { id: companyId, domainId },
        select: {
          id: true,
          name: true,
          industry: true,
          employees: true,
          arr: true,
          mrr: true,
          renewalDate: true,
          stage: true,
          status: true,
          lifecycle: true,
          nps: true,
          csm: { select: { id: true, displayName: true, email: true } },
          domain: { select: { currency: true } },
        },
      })
    : null;
  if (!company) throw new AppError('NOT_FOUND', 'No such company.');
  const { domain, arr, mrr, renewalDate, ...rest } = company;
  return {
    ...rest,
    arr: arr === null ? null : arr.toNumber(),
    mrr: mrr === null ? null : mrr.toNumber(),
    currency: domain.currency,
    renewalDate: renewalDate === null ? null : renewalDate.toISOString().slice(0, 10),
  };
}
