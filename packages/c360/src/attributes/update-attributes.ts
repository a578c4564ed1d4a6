import { updateAttributesSchema, valueSchemaOf, type AttributeValue, type CompanyAttributes, type UpdateAttributes } from '@c360/contracts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { AppError, type AppErrorFieldError } from '../errors/app-error.ts';
import { assertNew360 } from '../permissions/assert-new360.ts';
import { assertCan } from '../permissions/can.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { runIdempotent, type IdempotencyOptions } from '../idempotency/run-idempotent.ts';
import { parseEdit, type EditOptions } from '../errors/parse-edit.ts';
import type { Actor } from '../permissions/actor.ts';
import { definitionSelect, toDefinition, type DefinitionFields } from './definition-view.ts';
import { attributesOf, findCompany } from './read-attributes.ts';
import { columnValueOf, customColumnsOf, isStandardColumn, type StandardColumn } from './stored-values.ts';

interface ValidEdit {
  definition: DefinitionFields & { id: string };
  value: AttributeValue;
}

/** Each sent value against its attribute's schema; every bad one is named `values.<key>`. */
async function validateEdits(
  prisma: Pick<PrismaClient, 'attributeDefinition' | 'user'>,
  domainId: string,
  values: UpdateAttributes['values'],
): Promise<ValidEdit[]> {
  const keys = Object.keys(values);
  const rows = await prisma.attributeDefinition.findMany({ where: { domainId, key: { in: keys } }, select: { id: true, ...definitionSelect } });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const errors: AppErrorFieldError[] = [];
  const edits: ValidEdit[] = [];
  for (const [key, sent] of Object.entries(values)) {
    const path = `values.${key}`;
    const definition = byKey.get(key);
    if (!definition) {
      errors.push({ path, message: 'There is no such attribute.' });
      continue;
    }
    if (definition.readOnly) {
      errors.push({ path, message: 'This attribute cannot be edited.' });
      continue;
    }
    const parsed = valueSchemaOf(toDefinition(definition)).safeParse(sent);
    if (!parsed.success) {
      errors.push({ path, message: parsed.error.issues[0]?.message ?? 'This value is not valid.' });
      continue;
    }
    // Clearing a text field stores "no value", not an empty string.
    edits.push({ definition, value: parsed.data === '' ? null : parsed.data });
  }
  const userIds = edits.flatMap(({ definition, value }) => (definition.type === 'USER' && typeof value === 'string' ? [value] : []));
  if (userIds.length > 0) {
    const known = new Set((await prisma.user.findMany({ where: { domainId, id: { in: userIds } }, select: { id: true } })).map((user) => user.id));
    for (const { definition, value } of edits) {
      if (definition.type === 'USER' && typeof value === 'string' && !known.has(value)) {
        errors.push({ path: `values.${definition.key}`, message: 'Choose a user of your domain.' });
      }
    }
  }
  if (errors.length > 0) throw new AppError('VALIDATION', 'Some attribute values are not valid.', { errors });
  return edits;
}

/**
 * Changes some of a company's attributes, all or none. Full licence only. The edit must start from the
 * company's current attribute version: a stale one is a CONFLICT carrying the attributes as they are now,
 * so the user can choose instead of overwriting someone else's change. Only with the New 360 experience.
 */
export async function updateAttributes(
  prisma: PrismaClient,
  actor: Actor,
  companyId: string,
  input: unknown,
  { idempotencyKey, ifMatch }: IdempotencyOptions & EditOptions = {},
): Promise<CompanyAttributes> {
  assertCan(actor, 'editAttributes');
  await assertNew360(prisma, actor.domainId);
  const { values, version } = parseEdit(updateAttributesSchema, input, { ifMatch });
  const { domainId } = actor;

  const idempotent = { userId: actor.id, domainId, key: idempotencyKey, operation: 'attributes.update', request: { companyId, values, version } };
  // A retry of an edit that landed gets its first answer, not a CONFLICT with its own new version.
  return runIdempotent(prisma, idempotent, async (tx) => {
    const company = await findCompany(tx, domainId, companyId);
    const edits = await validateEdits(tx, domainId, values);

    const standard: Partial<Record<StandardColumn, ReturnType<typeof columnValueOf>>> = {};
    for (const { definition, value } of edits) {
      if (isStandardColumn(definition.standardField)) standard[definition.standardField] = columnValueOf(definition.type, value);
    }
    // The version in the WHERE makes the check and the write one step, even against a concurrent edit.
    const { count } = await tx.company.updateMany({
      where: { id: company.id, domainId, version },
      // Each value passed its attribute's schema, so it fits the column its definition maps to.
      data: { ...(standard as Prisma.CompanyUncheckedUpdateManyInput), version: { increment: 1 } },
    });
    if (count === 0) {
      throw new AppError('CONFLICT', 'Someone changed these attributes since you opened them.', {
        details: { current: await attributesOf(tx, domainId, company.id) },
      });
    }

    const custom = edits.filter(({ definition }) => !isStandardColumn(definition.standardField));
    await tx.companyAttributeValue.deleteMany({ where: { companyId: company.id, definitionId: { in: custom.map(({ definition }) => definition.id) } } });
    await tx.companyAttributeValue.createMany({
      data: custom
        .filter(({ value }) => value !== null)
        .map(({ definition, value }) => ({
          domainId,
          companyId: company.id,
          definitionId: definition.id,
          updatedById: actor.id,
          ...customColumnsOf(definition.type, value),
        })),
    });
    await recordAuditEvent(tx, {
      type: 'attributes.updated',
      domainId,
      userId: actor.id,
      companyId: company.id,
      data: { keys: edits.map(({ definition }) => definition.key), version: version + 1 },
    });
    return attributesOf(tx, domainId, company.id);
  });
}
