import { z } from 'zod';

// Importing a team's own customer data from CSV files (issue 17): the objects a file can hold, the query of
// `POST /api/admin/imports`, and the dry run's validation report.

/** What one import file holds; its columns are the domain API's field names of that object. */
export const IMPORT_OBJECTS = ['companies', 'people', 'relationships', 'companyAttributeValues', 'measureScores'] as const;
export const importObjectSchema = z.enum(IMPORT_OBJECTS, { error: `Choose one of: ${IMPORT_OBJECTS.join(', ')}.` });
export type ImportObject = z.infer<typeof importObjectSchema>;

/** The largest file one import takes (100 000 people with every column is about 15 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A dry run lists at most this many errors; `errorCount` still counts them all. */
export const MAX_IMPORT_ERRORS_LISTED = 1000;

/**
 * `POST /api/admin/imports?object=…[&dryRun=true]`, with the file as the body (`text/csv`, optionally
 * `; charset=shift_jis`): the dry run answers the report; otherwise the import starts (202 and its job).
 */
export const importQuerySchema = z.strictObject({
  object: importObjectSchema,
  dryRun: z
    .enum(['true', 'false'], { error: 'Give true or false.' })
    .optional()
    .transform((value) => value === 'true'),
});
export type ImportQuery = z.infer<typeof importQuerySchema>;

/** One refused cell or row: `row` as a spreadsheet shows it (the header is row 1), `column` as the header names it ('' for the whole row). */
export const importRowErrorSchema = z.object({ row: z.number().int().min(1), column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

/** What a dry run found: every data row checked, nothing written. */
export const importReportSchema = z.object({
  /** Data rows in the file (the header not counted). */
  rows: z.number().int().min(0),
  /** Rows that would be imported as they are. */
  validRows: z.number().int().min(0),
  errors: z.array(importRowErrorSchema),
  /** All the errors found, also those past the listed ones. */
  errorCount: z.number().int().min(0),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const IMPORT_STATES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED'] as const;

/** `GET /api/admin/imports/:id`: an import's progress, and what it did so far. */
export const importJobSchema = z.object({
  id: z.string(),
  object: importObjectSchema,
  state: z.enum(IMPORT_STATES),
  /** Data rows in the file, known once the run has counted them (0 before). */
  rowsTotal: z.number().int().min(0),
  rowsDone: z.number().int().min(0),
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  errors: z.array(importRowErrorSchema),
  errorCount: z.number().int().min(0),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

/** `GET /api/admin/imports`: the domain's latest imports, newest first. */
export const importJobListSchema = z.object({ items: z.array(importJobSchema) });
export type ImportJobList = z.infer<typeof importJobListSchema>;

/** `POST /api/admin/imports` without a dry run: 202 and the job to follow. */
export const startedImportSchema = z.object({ id: z.string() });
