import { importJobSchema, importReportSchema, type ImportJob, type ImportObject, type ImportReport } from '@c360/contracts';
import { dryRunImport } from '../../src/imports/dry-run-import.ts';
import { readImport } from '../../src/imports/manage-imports.ts';
import { runImport } from '../../src/imports/run-import.ts';
import { startImport } from '../../src/imports/start-import.ts';
import type { Actor } from '../../src/permissions/actor.ts';
import type { PrismaClient } from '../../src/store/prisma.ts';
import { fileOf } from './file-of.ts';

/** The admin's dry run of a file of `object`. */
export async function dryRunFile(prisma: PrismaClient, admin: Actor, object: ImportObject, text: string): Promise<ImportReport> {
  return importReportSchema.parse(await dryRunImport(prisma, admin, object, fileOf(text)));
}

/** The admin's import of a file of `object`, started and run to its end as the BFF does in the background. */
export async function importFile(prisma: PrismaClient, admin: Actor, object: ImportObject, text: string): Promise<ImportJob> {
  const { id } = await startImport(prisma, admin, object, fileOf(text));
  await runImport(prisma, id);
  return importJobSchema.parse(await readImport(prisma, admin, id));
}
