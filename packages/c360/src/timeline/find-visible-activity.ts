import { isUuid } from '@c360/contracts';
import { AppError } from '../errors/app-error.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { activityInclude, type ActivityRow } from './activity-view.ts';
import type { Actor } from '../permissions/actor.ts';

/** What the viewer may see: logged activities of their domain, and their own drafts. */
export function visibleTo(viewer: { id: string; domainId: string }): Prisma.ActivityWhereInput {
  return { domainId: viewer.domainId, OR: [{ status: 'LOGGED' }, { authorId: viewer.id }] };
}

/**
 * One activity the actor can see. Another domain's activity and someone else's draft answer exactly like
 * an id that does not exist.
 */
export async function findVisibleActivity(prisma: PrismaClient | Prisma.TransactionClient, actor: Actor, activityId: string): Promise<ActivityRow> {
  const row = isUuid(activityId) ? await prisma.activity.findFirst({ where: { id: activityId, ...visibleTo(actor) }, include: activityInclude }) : null;
  if (!row) throw new AppError('NOT_FOUND', 'No such activity.');
  return row;
}
