import { z } from 'zod';
import { text } from './text.ts';

// Importing a team's own customer data from CSV files (issue 17): the objects a file can hold, the query of
// `POST /api/admin/imports`, and the dry run's validation report.

/** What one import file holds; its columns are the domain API's field names of that object. */
export const IMPORT_OBJECTS = [
  'companies',
  'relationships',
  'people',
  'companyAttributeValues',
  'measureScores',
  'activities',
  'ctas',
  'tickets',
  'ticketReplies',
] as const;
export const importObjectSchema = z.enum(IMPORT_OBJECTS, { error: `Choose one of: ${IMPORT_OBJECTS.join(', ')}.` });
export type ImportObject = z.infer<typeof importObjectSchema>;

/** What an import file is sent as: CSV or tab-separated text (UTF-8, or `; charset=shift_jis`). */
export const IMPORT_MEDIA_TYPES = ['text/csv', 'text/tab-separated-values'] as const;

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

/**
 * `PUT /api/admin/imports/mappings/:object`: how the domain's files of this object name their columns, each
 * file column → the field it is read as, or null to skip it. Replaces the object's mapping whole. A column the
 * mapping does not name is read by its own name, as before.
 */
export const saveImportMappingSchema = z.strictObject({
  // A column as the file's header names it: the domain trims it (as it trims the header's cells) and checks it.
  columns: z.record(text(), text().max(200).nullable()).refine((columns) => Object.keys(columns).length <= 200, 'Map at most 200 columns.'),
});
export type SaveImportMapping = z.infer<typeof saveImportMappingSchema>;

/** `GET|PUT /api/admin/imports/mappings/:object`: the mapping remembered for the object (no columns before one is saved). */
export const importMappingSchema = z.object({
  object: importObjectSchema,
  columns: z.record(z.string(), z.string().nullable()),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importMappingParamsSchema = z.strictObject({ object: importObjectSchema });

/** `POST /api/admin/imports/preview?object=…` with the file as the body. */
export const importPreviewQuerySchema = z.strictObject({ object: importObjectSchema });

/** How many data rows a preview shows. */
export const IMPORT_PREVIEW_ROWS = 5;

/**
 * What a file looks like before it is checked: each header column with the field it would be read as (the
 * remembered mapping, else the field of the same name, ignoring case and spaces; null: not imported) and its
 * first cells; the first data rows as they are; and the object's fields to choose from.
 */
export const importPreviewSchema = z.object({
  columns: z.array(z.object({ name: z.string(), field: z.string().nullable(), sample: z.array(z.string()) })),
  rows: z.array(z.array(z.string())),
  fields: z.array(z.object({ name: z.string(), required: z.boolean() })),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
