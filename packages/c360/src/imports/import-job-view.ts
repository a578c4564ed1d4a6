import { importRowErrorSchema, type ImportJob, type ImportObject } from '@c360/contracts';
import { z } from 'zod';
import type { Prisma } from '../store/prisma.ts';

/** The columns of a job its view shows (never the file). */
export const importJobSelect = {
  id: true,
  object: true,
  state: true,
  rowsTotal: true,
  rowsDone: true,
  created: true,
  updated: true,
  unchanged: true,
  errorCount: true,
  errors: true,
  createdAt: true,
  finishedAt: true,
} satisfies Prisma.ImportJobSelect;

type ImportJobRow = Prisma.ImportJobGetPayload<{ select: typeof importJobSelect }>;

const storedErrors = z.array(importRowErrorSchema);

/** A stored job as `GET /api/admin/imports/:id` answers it. */
export function toImportJob(row: ImportJobRow): ImportJob {
  return {
    ...row,
    object: row.object as ImportObject,
    errors: storedErrors.parse(row.errors),
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
