import { z } from 'zod';
import { attributeTypeSchema } from './attributes.ts';
import { calendarDate } from './dates.ts';
import { importObjectSchema } from './imports.ts';
import { addPersonSchema } from './people.ts';
import { updateMeasureSchema } from './scorecard.ts';
import { text } from './text.ts';

// The domain API for integrations (issue 17): key-authenticated upserts under /api/v1, with Gainsight's own
// field names where Gainsight documents the object, so an existing integration needs only a new URL and key.

/** How many records one upsert takes, as Gainsight's own REST APIs accept. */
export const MAX_API_BATCH_RECORDS = 50;

/** The upper bound of a money field: Decimal(14, 2) in the store. */
const MAX_MONEY = 999_999_999_999.99;

export const apiExternalId = text({ error: 'Give the ExternalId as text.' }).trim().min(1, 'Give the ExternalId.').max(255, 'Use at most 255 characters.');
/** A name a record gives to find another record by (a company, a relationship, a type, a scorecard…). */
const nameOf = (field: string) =>
  text({ error: `Give the ${field} as text.` })
    .trim()
    .min(1, `Give the ${field}.`)
    .max(255, 'Use at most 255 characters.');

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
  /** Without one, the company is found by its EmailDomain (when one company has it), else by its Name. */
  ExternalId: apiExternalId.optional(),
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
  Lifecycle: apiOptionalText(100),
  /** The company's internet domain (acme.example), which the roster matches participants' e-mails to. */
  EmailDomain: text({ error: 'Give the EmailDomain as text or null.' })
    .trim()
    .max(253, 'Use at most 253 characters.')
    .regex(/^$|^([a-z0-9-]+\.)+[a-z0-9-]+$/i, 'Give a domain such as acme.example.')
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional(),
  /** The customer success manager: a user of the domain, by e-mail; null clears it. */
  CsmEmail: addPersonSchema.shape.email.nullable().optional(),
  NPS: z
    .number({ error: 'Give a whole number or null.' })
    .int('Give a whole number.')
    .min(-100, 'Give -100 or more.')
    .max(100, 'Give 100 or less.')
    .nullable()
    .optional(),
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
  CompanyName: nameOf('CompanyName').optional(),
  /** A relationship of that company, by its name: the person is linked to it (with Role) rather than to the company. */
  RelationshipName: nameOf('RelationshipName').optional(),
  Title: apiOptionalText(200),
  Role: apiOptionalText(100),
  IsPrimary: z.boolean({ error: 'Give true or false.' }).optional(),
  /** The person's manager at that company: another person of it, by e-mail (set once the call's records are written); null clears it. */
  ManagerEmail: addPersonSchema.shape.email.nullable().optional(),
  Phone: apiOptionalText(100),
  LinkedinUrl: apiOptionalText(500),
  Location: apiOptionalText(200),
  Timezone: apiOptionalText(100),
});
export type ApiPersonRecord = z.infer<typeof apiPersonRecordSchema>;

/** The company a record belongs to: by its ExternalId when the record gives one, else by its name (unique in a domain). */
const companyReference = { CompanyExternalId: apiExternalId.optional(), CompanyName: nameOf('CompanyName').optional() };
const namesItsCompany = (record: { CompanyExternalId?: string; CompanyName?: string }) =>
  record.CompanyExternalId !== undefined || record.CompanyName !== undefined;
const companyMissing = { message: 'Give the CompanyExternalId or the CompanyName.', path: ['CompanyExternalId'] };

/**
 * One relationship of `POST /api/v1/relationships`: found by ExternalId, else by its Name within its company;
 * Type names a relationship type of the domain (needed for a new one), CsmEmail a user of the domain.
 */
export const apiRelationshipRecordSchema = z
  .strictObject({
    ExternalId: apiExternalId.optional(),
    ...companyReference,
    Name: nameOf('Name'),
    Type: nameOf('Type').optional(),
    CsmEmail: addPersonSchema.shape.email.nullable().optional(),
  })
  .refine(namesItsCompany, companyMissing);
export type ApiRelationshipRecord = z.infer<typeof apiRelationshipRecordSchema>;

/**
 * A company's value of one attribute (an import's row): the Value as text, read by the attribute's own type
 * (a number, a YYYY-MM-DD date, true/false, a user's e-mail, a pick-list value). AttributeType, when given,
 * must be the attribute's.
 */
export const apiCompanyAttributeValueRecordSchema = z
  .strictObject({
    ...companyReference,
    AttributeKey: nameOf('AttributeKey'),
    AttributeType: attributeTypeSchema.optional(),
    Value: text({ error: 'Give the Value as text.' }).trim().min(1, 'Give the Value.').max(2000, 'Use at most 2000 characters.'),
  })
  .refine(namesItsCompany, companyMissing);
export type ApiCompanyAttributeValueRecord = z.infer<typeof apiCompanyAttributeValueRecordSchema>;

/**
 * A measure's score on a company's scorecard, or a relationship's (RelationshipName within the company), as
 * the sidebar sets it: a whole Score from 0 to 100 and/or a Comment (a measure with neither is one not scored
 * yet, as an export writes it); UpdatedByEmail names who scored it.
 */
export const apiMeasureScoreRecordSchema = z
  .strictObject({
    ...companyReference,
    RelationshipName: nameOf('RelationshipName').optional(),
    Scorecard: nameOf('Scorecard'),
    Measure: nameOf('Measure'),
    Score: updateMeasureSchema.shape.score,
    /** The score before this one, as the system it comes from kept it (else the stored score becomes it). */
    PreviousScore: updateMeasureSchema.shape.score.nullable(),
    Comment: updateMeasureSchema.shape.comment,
    UpdatedByEmail: addPersonSchema.shape.email.optional(),
    /** When it was scored (else now): the score history records it then. */
    UpdatedAt: z.iso.datetime({ offset: true, error: 'Give a date and time such as 2026-04-01T09:30:00Z.' }).optional(),
  })
  .refine(namesItsCompany, companyMissing);
export type ApiMeasureScoreRecord = z.infer<typeof apiMeasureScoreRecordSchema>;

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
