import type { DomainChoice, LoginLookupRequest, LoginLookupResponse } from '@c360/contracts';
import type { PrismaClient } from '../store/prisma.ts';
import { typedDomainHost } from './typed-domain.ts';

/**
 * SPEC §3 (seed 000, three kinds of user): one domain → password; one tenant with several environments →
 * choose one; several tenants, or a user name nobody has → type the domain. The last two cases answer
 * alike so a user name cannot be probed. On the domain step the typed domain is checked against its data
 * centre only, never against the user's domains, for the same reason.
 */
export async function lookupSignIn(prisma: PrismaClient, { username, domainUrl, dataCenter }: LoginLookupRequest): Promise<LoginLookupResponse> {
  if (domainUrl !== undefined && dataCenter !== undefined) {
    return { next: 'password-typed-domain', host: typedDomainHost(domainUrl, dataCenter), dataCenter };
  }
  const users = await prisma.user.findMany({
    where: { username },
    select: { domain: { select: { id: true, host: true, environment: true, name: true, tenant: true } } },
    orderBy: [{ domain: { environment: 'asc' } }, { domain: { host: 'asc' } }],
  });
  const domains = users.map((user) => user.domain);
  const tenants = new Set(domains.map((domain) => domain.tenant));
  const choices: DomainChoice[] = domains.map(({ id, host, environment, name }) => ({ id, host, environment, name }));
  if (choices.length === 1) return { next: 'password', domains: choices };
  if (choices.length > 1 && tenants.size === 1) return { next: 'choose-domain', domains: choices };
  return { next: 'enter-domain' };
}
