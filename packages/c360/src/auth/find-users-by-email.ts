import type { DomainChoice } from '@c360/contracts';
import type { PrismaClient } from '../store/prisma.ts';

export interface UserByEmail {
  userId: string;
  domain: DomainChoice;
}

/**
 * The Gainsight users (one per domain at most) with this e-mail, for sign-in through an identity
 * provider that vouches for the address. E-mail addresses compare case-insensitively.
 */
export async function findUsersByEmail(prisma: PrismaClient, email: string): Promise<UserByEmail[]> {
  const users = await prisma.user.findMany({
    where: { email: { equals: email.trim(), mode: 'insensitive' } },
    select: { id: true, domain: { select: { id: true, host: true, environment: true, name: true } } },
    orderBy: [{ domain: { environment: 'asc' } }, { domain: { host: 'asc' } }],
  });
  return users.map(({ id, domain }) => ({ userId: id, domain }));
}
