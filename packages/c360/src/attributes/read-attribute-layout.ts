import type { AttributeLayout } from '@c360/contracts';
import type { PrismaClient } from '../store/prisma.ts';
import { definitionSelect, toDefinition } from './definition-view.ts';

/** The admin's layout screen: every attribute of the domain, and the keys the Zoom app shows, in order. */
export async function readAttributeLayout(prisma: Pick<PrismaClient, 'attributeDefinition' | 'zoomAttributeLayoutItem'>, domainId: string): Promise<AttributeLayout> {
  const definitions = await prisma.attributeDefinition.findMany({ where: { domainId }, select: definitionSelect, orderBy: [{ label: 'asc' }, { key: 'asc' }] });
  const layout = await prisma.zoomAttributeLayoutItem.findMany({ where: { domainId }, orderBy: { position: 'asc' }, select: { definition: { select: { key: true } } } });
  return { definitions: definitions.map(toDefinition), keys: layout.map((item) => item.definition.key) };
}
