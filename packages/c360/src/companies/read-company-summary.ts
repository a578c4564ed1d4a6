import { isUuid, type CompanySummary } from '@c360/contracts';
import { now } from '../clock/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import { numberOf } from '../scorecard/scorecard-view.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { glanceOf, glanceSelect } from '../subjects/subject-glance.ts';
import { daysToRenewal } from './days-to-renewal.ts';

/**
 * One company of the reader's domain, for any licence that views Customer 360. Another domain's id answers exactly like an id that does not
 * exist, so ids of other tenants cannot be probed.
 */
export async function readCompanySummary(prisma: PrismaClient, reader: Actor, companyId: string): Promise<CompanySummary> {
  assertCan(reader, 'viewC360');
  const { domainId } = reader;
  const at = now();
  const company = isUuid(companyId)
    ? await prisma.company.findFirst({
        where: { id: companyId, domainId },
        select: {
          ...glanceSelect(at),
          industry: true,
          employees: true,
          arr: true,
          mrr: true,
          renewalDate: true,
          stage: true,
          status: true,
          lifecycle: true,
          nps: true,
          domain: { select: { currency: true, new360: true } },
        },
      })
    : null;
  if (!company) throw new AppError('NOT_FOUND', 'No such company.');
  const { industry, employees, arr, mrr, renewalDate, stage, status, lifecycle, nps, domain } = company;
  return {
    kind: 'company',
    ...glanceOf(company, domain.new360),
    industry,
    employees,
    arr: numberOf(arr),
    mrr: numberOf(mrr),
    currency: domain.currency,
    renewalDate: renewalDate === null ? null : renewalDate.toISOString().slice(0, 10),
    daysToRenewal: renewalDate === null ? null : daysToRenewal(renewalDate, at),
    stage,
    status,
    lifecycle,
    nps,
  };
}
