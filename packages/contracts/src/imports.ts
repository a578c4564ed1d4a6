import { z } from 'zod';

// Importing a team's own customer data from CSV files (issue 17): the objects a file can hold, the query of
// `POST /api/admin/imports`, and the dry run's validation report.

/** What one import file holds; its columns are the domain API's field names of that object. */
export const IMPORT_OBJECTS = ['companies', 'people'] as const;
export const importObjectSchema = z.enum(IMPORT_OBJECTS, { error: `Choose one of: ${IMPORT_OBJECTS.join(', ')}.` });
export type ImportObject = z.infer<typeof importObjectSchema>;

/** The largest file one import takes (100 000 people with every column is about 15 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A dry run lists at most this many errors; `errorCount` still counts them all. */
export const MAX_IMPORT_ERRORS_LISTED = 1000;

/**
 * `POST /api/admin/imports?object=…&dryRun=true`, with the file as the body (`text/csv`, optionally
 * `; charset=shift_jis`). Only the dry run is served so far: the import that writes (202 and a job to follow)
 * is the next step of issue 17, and until then a request without `dryRun=true` is refused naming it.
 */
export const importQuerySchema = z.strictObject({
  object: importObjectSchema,
  dryRun: z.literal('true', { error: 'Send dryRun=true: only the check of a file (the dry run) is available yet.' }),
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
