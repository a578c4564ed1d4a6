import type { Store } from '@c360/c360/store';

export const ACME = 'acme.gainsightcloud.com';
export const GLOBEX = 'globex.us2.gainsightcloud.com';

/** The company of a domain with the most activities, so its timeline spans several pages. */
export async function busiestCompanyOf(store: Pick<Store, 'prisma'>, host: string): Promise<string> {
  const domain = await store.prisma.domain.findUniqueOrThrow({ where: { host } });
  const [busiest] = await store.prisma.activity.groupBy({
    by: ['companyId'],
    where: { domainId: domain.id, status: 'LOGGED', companyId: { not: null } },
    _count: { _all: true },
    orderBy: { _count: { companyId: 'desc' } },
    take: 1,
  });
  return busiest!.companyId!;
}

export const activityInput = (companyId: string) => ({
  type: 'CALL' as const,
  status: 'LOGGED' as const,
  subject: 'Renewal check-in',
  notes: '<p>Talked <b>pricing</b></p>',
  activityDate: '2026-11-20T09:00:00.000Z',
  companyId,
});
