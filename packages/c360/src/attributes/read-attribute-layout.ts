import type { AttributeLayout } from '@c360/contracts';
import { assertNew360 } from '../permissions/assert-new360.ts';
import { assertCan } from '../permissions/can.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import type { Actor } from '../permissions/actor.ts';
import { definitionSelect, toDefinition } from './definition-view.ts';

/**
 * The admin's layout screen: every attribute of the domain with its bounds, and the keys the Zoom app
 * shows, in order. For tenant administrators of a domain with the New 360 experience (the Attributes tab).
 */
export async function readAttributeLayout(prisma: PrismaClient, actor: Actor): Promise<AttributeLayout> {
  assertCan(actor, 'administer');
  await assertNew360(prisma, actor.domainId);
  return layoutOf(prisma, actor.domainId);
}

/** The layout as it is now (no permission check). */
export async function layoutOf(db: PrismaClient | Prisma.TransactionClient, domainId: string): Promise<AttributeLayout> {
  const definitions = await db.attributeDefinition.findMany({ where: { domainId }, select: definitionSelect, orderBy: [{ label: 'asc' }, { key: 'asc' }] });
  const layout = await db.zoomAttributeLayoutItem.findMany({
    where: { domainId },
    orderBy: { position: 'asc' },
    select: { definition: { select: { key: true } } },
  });
  return { definitions: definitions.map(toDefinition), keys: layout.map((item) => item.definition.key) };
}
