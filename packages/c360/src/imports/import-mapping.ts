import { saveImportMappingSchema, type ImportMapping, type ImportObject } from '@c360/contracts';
import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { AppError, type AppErrorFieldError } from '../errors/app-error.ts';
import { parseInput } from '../errors/parse-input.ts';
import type { Actor } from '../permissions/actor.ts';
import { assertCan } from '../permissions/can.ts';
import type { Prisma, PrismaClient } from '../store/prisma.ts';
import { IMPORT_COLUMNS } from './import-columns.ts';

/** A file column (as its header names it, trimmed) → the field it is read as, or null: not imported. */
export type ColumnMapping = Readonly<Record<string, string | null>>;

/** A header's column name, as long as a mapping keeps it (zod cannot word a record key's own errors). */
const MAX_COLUMN_CHARS = 200;

const storedMapping = z.record(z.string(), z.string().nullable());

/** A mapping as the store keeps it (on the object's mapping and on each job). */
export const mappingOf = (stored: Prisma.JsonValue): ColumnMapping => storedMapping.parse(stored);

/** The mapping remembered for the domain's files of `object` (none: every column is read by its own name). */
export async function savedMapping(prisma: PrismaClient | Prisma.TransactionClient, domainId: string, object: ImportObject): Promise<ColumnMapping> {
  const saved = await prisma.importMapping.findUnique({ where: { domainId_object: { domainId, object } }, select: { columns: true } });
  return saved ? mappingOf(saved.columns) : {};
}

/** `GET /api/admin/imports/mappings/:object` (tenant admins). */
export async function readImportMapping(prisma: PrismaClient, admin: Actor, object: ImportObject): Promise<ImportMapping> {
  assertCan(admin, 'administer');
  return { object, columns: { ...(await savedMapping(prisma, admin.domainId, object)) } };
}

/** Each field once, and only the object's own fields: otherwise the header of every file would be refused. */
function mappingErrors(object: ImportObject, columns: ColumnMapping): AppErrorFieldError[] {
  const fields = Object.keys(IMPORT_COLUMNS[object].columns);
  const columnOf = new Map<string, string>();
  const errors: AppErrorFieldError[] = [];
  for (const [column, field] of Object.entries(columns)) {
    const path = `columns.${column}`;
    if (column === '') errors.push({ path, message: 'Give the column name.' });
    if (column.length > MAX_COLUMN_CHARS) errors.push({ path, message: `Use at most ${MAX_COLUMN_CHARS} characters.` });
    if (field === null) continue;
    if (!fields.includes(field)) errors.push({ path, message: `${field} is not a field of ${object}: use ${fields.join(', ')}.` });
    else if (columnOf.has(field)) errors.push({ path, message: `The column ${columnOf.get(field)} is read as ${field} already.` });
    else columnOf.set(field, column);
  }
  return errors;
}

/**
 * `PUT /api/admin/imports/mappings/:object`: replaces how the domain's files of `object` name their columns;
 * the files checked and imported from now on are read with it. Saving the same mapping again changes nothing
 * but the audit trail.
 */
export async function saveImportMapping(prisma: PrismaClient, admin: Actor, object: ImportObject, input: unknown): Promise<ImportMapping> {
  assertCan(admin, 'administer');
  const sent = parseInput(saveImportMappingSchema, input);
  // The header's cells are read trimmed, so a mapping's columns are too.
  const columns = Object.fromEntries(Object.entries(sent.columns).map(([column, field]) => [column.trim(), field]));
  const errors = mappingErrors(object, columns);
  if (errors.length > 0) throw new AppError('VALIDATION', 'Some columns cannot be mapped so.', { errors });
  const { domainId } = admin;
  return prisma.$transaction(async (tx) => {
    await tx.importMapping.upsert({ where: { domainId_object: { domainId, object } }, create: { domainId, object, columns }, update: { columns } });
    await recordAuditEvent(tx, { type: 'import.mapping.saved', domainId, userId: admin.id, data: { object, columns } });
    return { object, columns: { ...(await savedMapping(tx, domainId, object)) } };
  });
}
