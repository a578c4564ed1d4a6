import { saveAttributeLayoutSchema, type AttributeLayout, type SaveAttributeLayout } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { AppError, type AppErrorFieldError } from '../errors/app-error.ts';
import { assertCan } from '../permissions/can.ts';
import type { PrismaClient } from '../store/prisma.ts';
import { parseInput } from '../errors/parse-input.ts';
import type { AttributeEditor } from './attribute-editor.ts';
import { readAttributeLayout } from './read-attribute-layout.ts';

/** Tenant admins choose which attributes the Zoom app shows and in what order (seed 002's widget layout). */
export async function saveAttributeLayout(prisma: PrismaClient, actor: AttributeEditor, input: SaveAttributeLayout): Promise<AttributeLayout> {
  assertCan(actor, 'administer');
  const { keys } = parseInput(saveAttributeLayoutSchema, input);
  const { domainId } = actor;

  return prisma.$transaction(async (tx) => {
    const definitions = await tx.attributeDefinition.findMany({ where: { domainId, key: { in: keys } }, select: { id: true, key: true } });
    const idOf = new Map(definitions.map((row) => [row.key, row.id]));
    const errors: AppErrorFieldError[] = [];
    keys.forEach((key, index) => {
      if (!idOf.has(key)) errors.push({ path: `keys.${index}`, message: `There is no attribute "${key}".` });
      else if (keys.indexOf(key) !== index) errors.push({ path: `keys.${index}`, message: `"${key}" is listed twice.` });
    });
    if (errors.length > 0) throw new AppError('VALIDATION', 'Some attributes cannot be shown.', { errors });

    await tx.zoomAttributeLayoutItem.deleteMany({ where: { domainId } });
    await tx.zoomAttributeLayoutItem.createMany({ data: keys.map((key, position) => ({ domainId, definitionId: idOf.get(key)!, position })) });
    await recordAuditEvent(tx, { type: 'admin.attribute-layout.updated', domainId, userId: actor.id, data: { keys } });
    return readAttributeLayout(tx, domainId);
  });
}
