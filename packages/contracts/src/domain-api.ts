import { z } from 'zod';
import { calendarDate } from './dates.ts';
import { importObjectSchema } from './imports.ts';
import { addPersonSchema } from './people.ts';
import { text } from './text.ts';

// The domain API for integrations (issue 17): key-authenticated upserts under /api/v1, with Gainsight's own
// field names where Gainsight documents the object, so an existing integration needs only a new URL and key.

/** How many records one upsert takes, as Gainsight's own REST APIs accept. */
export const MAX_API_BATCH_RECORDS = 50;

/** The upper bound of a money field: Decimal(14, 2) in the store. */
const MAX_MONEY = 999_999_999_999.99;

export const apiExternalId = text({ error: 'Give the ExternalId as text.' }).trim().min(1, 'Give the ExternalId.').max(255, 'Use at most 255 characters.');
/** A record named by its name (a company's, a relationship's within its company). */
const referencedName = text({ error: 'Give the name as text.' }).trim().min(1, 'Give the name.').max(255, 'Use at most 255 characters.');
/** An optional text field: absent leaves it as stored, null clears it. */
export const apiOptionalText = (max: number) =>
  text({ error: 'Give text or null.' })
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();
const money = z
  .number({ error: 'Give a number or null.' })
  .min(0, 'Give an amount of 0 or more.')
  .max(MAX_MONEY, `Give an amount up to ${MAX_MONEY}.`)
  .nullable()
  .optional();

/** One company of `POST /api/v1/companies`, in Gainsight's Company field names; unknown fields are refused by name. */
export const apiCompanyRecordSchema = z.strictObject({
  ExternalId: apiExternalId,
  Name: text({ error: 'Give the Name as text.' }).trim().min(1, 'Give the Name.').max(255, 'Use at most 255 characters.'),
  Industry: apiOptionalText(255),
  Employees: z
    .number({ error: 'Give a whole number or null.' })
    .int('Give a whole number.')
    .min(0, 'Give 0 or more.')
    .max(2_147_483_647, 'Give a smaller number.')
    .nullable()
    .optional(),
  ARR: money,
  MRR: money,
  RenewalDate: calendarDate().nullable().optional(),
  OriginalContractDate: calendarDate().nullable().optional(),
  Stage: apiOptionalText(100),
  Status: apiOptionalText(100),
});
export type ApiCompanyRecord = z.infer<typeof apiCompanyRecordSchema>;

/**
 * One person of `POST /api/v1/people`, in Gainsight's Person field names: found by ExternalId, else by e-mail
 * (the person's identity in the domain); Title and Role are the person's at the company named by its ExternalId.
 */
export const apiPersonRecordSchema = z.strictObject({
  ExternalId: apiExternalId.optional(),
  FirstName: addPersonSchema.shape.firstName,
  LastName: addPersonSchema.shape.lastName,
  Email: addPersonSchema.shape.email,
  CompanyExternalId: apiExternalId.optional(),
  /** The company by its name when no CompanyExternalId is sent (an export names every company both ways). */
  CompanyName: referencedName.optional(),
  /** A relationship of that company, by its name: the person is linked to it (with Role) rather than to the company. */
  RelationshipName: referencedName.optional(),
  Title: apiOptionalText(200),
  Role: apiOptionalText(100),
  IsPrimary: z.boolean({ error: 'Give true or false.' }).optional(),
  Phone: apiOptionalText(100),
  LinkedinUrl: apiOptionalText(500),
  Location: apiOptionalText(200),
  Timezone: apiOptionalText(100),
});
export type ApiPersonRecord = z.infer<typeof apiPersonRecordSchema>;

/**
 * Every `POST /api/v1/<object>`: 1 to 50 records. Each record is checked on its own (a bad one is answered with its
 * errors while the good ones are written), so the envelope takes any JSON value as a record.
 */
export const apiUpsertBatchSchema = z.object({
  records: z.array(z.unknown()).min(1, 'Send at least one record.').max(MAX_API_BATCH_RECORDS, `Send at most ${MAX_API_BATCH_RECORDS} records in one request.`),
});
export type ApiUpsertBatch = z.infer<typeof apiUpsertBatchSchema>;

/** The body of an upsert as its documentation shows it: 1 to 50 records of one object. */
export const apiBatchOf = <Record extends z.ZodType>(record: Record) => z.object({ records: z.array(record).min(1).max(MAX_API_BATCH_RECORDS) });
export const apiCompanyBatchSchema = apiBatchOf(apiCompanyRecordSchema);
export const apiPersonBatchSchema = apiBatchOf(apiPersonRecordSchema);

/** One bad field of one record, in the record's own field names. */
export const apiRecordErrorSchema = z.object({ field: z.string(), message: z.string() });
export type ApiRecordError = z.infer<typeof apiRecordErrorSchema>;

export const API_RECORD_STATUSES = ['created', 'updated', 'unchanged', 'error'] as const;

/** What became of one record, by its place in the request. */
export const apiRecordResultSchema = z.object({
  index: z.number().int().min(0),
  ExternalId: z.string().nullable(),
  status: z.enum(API_RECORD_STATUSES),
  id: z.uuid().optional(),
  errors: z.array(apiRecordErrorSchema).optional(),
});
export type ApiRecordResult = z.infer<typeof apiRecordResultSchema>;

/** The answer of an upsert: one result per record, in the request's order. */
export const apiUpsertResultSchema = z.object({ results: z.array(apiRecordResultSchema) });
export type ApiUpsertResult = z.infer<typeof apiUpsertResultSchema>;

/** `POST /api/v1/bulk/:object`: a bulk job takes an import file of one of the import's objects. */
export const bulkJobParamsSchema = z.object({ object: importObjectSchema });
