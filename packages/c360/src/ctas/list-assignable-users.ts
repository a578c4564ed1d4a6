import type { AssignableUsers } from '@c360/contracts';
import type { PrismaClient } from '../store/prisma.ts';

/** Enough for an owner picker; a longer list is narrowed by typing. */
const MAX_USERS = 100;

/** The domain's users whose name contains `q` (any case), by name: who may own a CTA. */
export async function listAssignableUsers(prisma: PrismaClient, domainId: string, q: string): Promise<AssignableUsers> {
  const items = await prisma.user.findMany({
    where: { domainId, ...(q === '' ? {} : { displayName: { contains: q, mode: 'insensitive' } }) },
    select: { id: true, displayName: true },
    orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
    take: MAX_USERS,
  });
  return { items };
}
