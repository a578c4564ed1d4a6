import { isBoundedType, saveAttributeLayoutSchema, type AttributeLayout } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { AppError, type AppErrorFieldError } from '../errors/app-error.ts';
import { parseInput } from '../errors/parse-input.ts';
import { assertNew360 } from '../permissions/assert-new360.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import type { Actor } from '../permissions/actor.ts';
import { layoutOf } from './read-attribute-layout.ts';

/**
 * Tenant admins choose which attributes the Zoom app shows and in what order (seed 002's widget layout),
 * and the bounds of its number and currency fields, all in one step. Keys and bounds are checked
 * against the domain's attributes first, each bad one named.
 */
export async function saveAttributeLayout(prisma: PrismaClient, actor: Actor, input: unknown): Promise<AttributeLayout> {
  assertCan(actor, 'administer');
  await assertNew360(prisma, actor.domainId);
  const { keys, bounds = {} } = parseInput(saveAttributeLayoutSchema, input);
  const { domainId } = actor;

  return prisma.$transaction(async (tx) => {
    const definitions = await tx.attributeDefinition.findMany({
      where: { domainId, key: { in: [...keys, ...Object.keys(bounds)] } },
      select: { id: true, key: true, type: true, readOnly: true },
    });
    const byKey = new Map(definitions.map((row) => [row.key, row]));
    const errors: AppErrorFieldError[] = [];
    keys.forEach((key, index) => {
      if (!byKey.has(key)) errors.push({ path: `keys.${index}`, message: `There is no attribute "${key}".` });
      else if (keys.indexOf(key) !== index) errors.push({ path: `keys.${index}`, message: `"${key}" is listed twice.` });
    });
    for (const key of Object.keys(bounds)) {
      const definition = byKey.get(key);
      if (!definition) errors.push({ path: `bounds.${key}`, message: `There is no attribute "${key}".` });
      else if (!isBoundedType(definition.type) || definition.readOnly) {
        errors.push({ path: `bounds.${key}`, message: 'Only number and currency attributes that can be edited have bounds.' });
      }
    }
    if (errors.length > 0) throw new AppError('VALIDATION', 'Some attributes cannot be shown.', { errors });

    await tx.zoomAttributeLayoutItem.deleteMany({ where: { domainId } });
    await tx.zoomAttributeLayoutItem.createMany({ data: keys.map((key, position) => ({ domainId, definitionId: byKey.get(key)!.id, position })) });
    for (const [key, { min, max }] of Object.entries(bounds)) {
      await tx.attributeDefinition.update({ where: { id: byKey.get(key)!.id }, data: { minValue: min, maxValue: max } });
    }
    await recordAuditEvent(tx, { type: 'admin.attribute-layout.updated', domainId, userId: actor.id, data: { keys, bounds } });
    return layoutOf(tx, domainId);
  });
}
