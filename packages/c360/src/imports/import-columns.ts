import {
  apiActivityRecordSchema,
  apiCompanyAttributeValueRecordSchema,
  apiCompanyRecordSchema,
  apiCtaRecordSchema,
  apiMeasureScoreRecordSchema,
  apiPersonRecordSchema,
  apiRelationshipRecordSchema,
  apiTicketRecordSchema,
  apiTicketReplyRecordSchema,
  type ImportObject,
} from '@c360/contracts';
import type { z } from 'zod';
import { EXPORT_DEFINITIONS } from '../export/export-columns.ts';
import { csvFieldText } from '../reports/csv.ts';

// The columns an import file of each object may have: the domain API's field names (Gainsight's), so a file
// exported from Gainsight or from here imports as it is. Each column says how its cells are read.

/** What a cell of each kind becomes: text as it is, numbers without thousands separators, dates as YYYY-MM-DD, true or false, lists split at ";". */
interface CellValues {
  text: string;
  wholeNumber: number;
  amount: number;
  date: string;
  boolean: boolean;
  list: string[];
}

/** How a cell becomes a field. */
export type CellKind = keyof CellValues;

/** The field a cell of `Kind` becomes. */
export type CellValue<Kind extends CellKind> = CellValues[Kind];

export interface ImportColumns {
  /** Column → kind, in the order an export writes them. */
  columns: Readonly<Record<string, CellKind>>;
  /** Columns the header must have. */
  required: readonly string[];
  /** Columns an export writes that this import does not read (yet): skipped, so an exported file imports as it is. */
  skipped: readonly string[];
  /** Column groups whose values name one record: the same values twice in a file are refused on the second row. */
  unique: ReadonlyArray<readonly string[]>;
  /** The record the row becomes, checked as the domain API checks a record. */
  schema: z.ZodType;
}

/**
 * CTAs, tickets, replies and activities read every column their export writes: text (instants as ISO 8601),
 * but for the columns `kinds` names.
 */
function engagement(
  object: 'cta' | 'supportTicket' | 'supportTicketReply' | 'activity',
  schema: z.ZodType,
  required: readonly string[],
  unique: ReadonlyArray<readonly string[]>,
  kinds: Readonly<Record<string, CellKind>>,
): ImportColumns {
  const { columns } = EXPORT_DEFINITIONS[object];
  return { columns: Object.fromEntries(columns.map((column) => [column, kinds[column] ?? 'text'])), required, skipped: [], unique, schema };
}

export const IMPORT_COLUMNS: Readonly<Record<ImportObject, ImportColumns>> = {
  companies: {
    columns: {
      ExternalId: 'text',
      Name: 'text',
      Industry: 'text',
      Employees: 'wholeNumber',
      ARR: 'amount',
      MRR: 'amount',
      RenewalDate: 'date',
      OriginalContractDate: 'date',
      Stage: 'text',
      Status: 'text',
      Lifecycle: 'text',
      EmailDomain: 'text',
      CsmEmail: 'text',
      NPS: 'wholeNumber',
    },
    required: ['Name'],
    skipped: EXPORT_DEFINITIONS.company.columns,
    unique: [['ExternalId'], ['Name']],
    schema: apiCompanyRecordSchema,
  },
  people: {
    columns: {
      ExternalId: 'text',
      FirstName: 'text',
      LastName: 'text',
      Email: 'text',
      CompanyExternalId: 'text',
      CompanyName: 'text',
      RelationshipName: 'text',
      Title: 'text',
      Role: 'text',
      IsPrimary: 'boolean',
      ManagerEmail: 'text',
      Phone: 'text',
      LinkedinUrl: 'text',
      Location: 'text',
      Timezone: 'text',
    },
    required: ['FirstName', 'LastName', 'Email'],
    skipped: EXPORT_DEFINITIONS.person.columns,
    // An export writes a person once per company and once per relationship they are linked to.
    unique: [['Email', 'CompanyExternalId', 'CompanyName', 'RelationshipName']],
    schema: apiPersonRecordSchema,
  },
  relationships: {
    columns: { ExternalId: 'text', CompanyExternalId: 'text', CompanyName: 'text', Name: 'text', Type: 'text', CsmEmail: 'text' },
    required: ['Name'],
    skipped: EXPORT_DEFINITIONS.relationship.columns,
    unique: [['ExternalId'], ['CompanyExternalId', 'Name'], ['CompanyName', 'Name']],
    schema: apiRelationshipRecordSchema,
  },
  companyAttributeValues: {
    columns: { CompanyExternalId: 'text', CompanyName: 'text', AttributeKey: 'text', AttributeType: 'text', Value: 'text' },
    required: ['AttributeKey', 'Value'],
    skipped: EXPORT_DEFINITIONS.companyAttributeValue.columns,
    unique: [
      ['CompanyExternalId', 'AttributeKey'],
      ['CompanyName', 'AttributeKey'],
    ],
    schema: apiCompanyAttributeValueRecordSchema,
  },
  measureScores: {
    columns: {
      CompanyExternalId: 'text',
      CompanyName: 'text',
      RelationshipName: 'text',
      Scorecard: 'text',
      Measure: 'text',
      Score: 'amount',
      PreviousScore: 'amount',
      Comment: 'text',
      UpdatedByEmail: 'text',
      UpdatedAt: 'text',
    },
    required: ['Scorecard', 'Measure'],
    skipped: EXPORT_DEFINITIONS.measureScore.columns,
    unique: [
      ['CompanyExternalId', 'RelationshipName', 'Measure'],
      ['CompanyName', 'RelationshipName', 'Measure'],
    ],
    schema: apiMeasureScoreRecordSchema,
  },
  ctas: engagement('cta', apiCtaRecordSchema, ['ExternalId', 'Subject', 'OwnerEmail', 'DueDate'], [['ExternalId']], { DueDate: 'date' }),
  tickets: engagement('supportTicket', apiTicketRecordSchema, ['ExternalId', 'Subject', 'Status', 'CreatedAt'], [['ExternalId']], { Rating: 'wholeNumber' }),
  ticketReplies: engagement(
    'supportTicketReply',
    apiTicketReplyRecordSchema,
    ['TicketExternalId', 'SentAt', 'ResponseMinutes'],
    [['TicketExternalId', 'SentAt']],
    {
      ResponseMinutes: 'wholeNumber',
    },
  ),
  activities: engagement('activity', apiActivityRecordSchema, ['ExternalId', 'Type', 'Subject', 'ActivityDate', 'AuthorEmail'], [['ExternalId']], {
    DurationInMins: 'wholeNumber',
    InternalAttendees: 'list',
    ExternalAttendees: 'list',
  }),
};

export class CellError extends Error {}

const WHOLE_NUMBER = /^[+-]?\d{1,3}(,\d{3})*$|^[+-]?\d+$/;
const AMOUNT = /^[+-]?(\d{1,3}(,\d{3})*|\d+)(\.\d+)?$/;
const BOOLEAN: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
]);
const DAY = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Each kind's reading of a non-empty cell (`value` is the cell trimmed, its export guard undone). */
const READERS: { [Kind in CellKind]: (value: string, cell: string) => CellValue<Kind> } = {
  // An export guards a text a spreadsheet would run as a formula with a leading ': read it as it was.
  text: (_value, cell) => csvFieldText(cell),
  wholeNumber: (value) => {
    if (!WHOLE_NUMBER.test(value)) throw new CellError('Write a whole number, like 120 or 1,200.');
    return Number(value.replaceAll(',', ''));
  },
  amount: (value) => {
    if (!AMOUNT.test(value)) throw new CellError('Write an amount, like 1200000 or 1,200,000.50.');
    return Number(value.replaceAll(',', ''));
  },
  // An export joins a list's e-mails with "; ".
  list: (_value, cell) =>
    csvFieldText(cell)
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  date: (value) => {
    // Excel in Japan writes 2026/4/1.
    const day = DAY.exec(value);
    if (!day) throw new CellError('Write a date as YYYY-MM-DD, like 2026-04-01.');
    return `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}`;
  },
  boolean: (value) => {
    // Excel writes TRUE and FALSE; an export writes true and false.
    const truth = BOOLEAN.get(value.toLowerCase());
    if (truth === undefined) throw new CellError('Write true or false.');
    return truth;
  },
};

/**
 * A cell as its field's value, of the type its kind reads. An empty cell leaves the field as it is stored (a
 * new record gets none), so importing the same file twice changes nothing and a file of a few columns updates only those.
 */
export function readCell<Kind extends CellKind>(kind: Kind, cell: string): CellValue<Kind> | undefined {
  // An export guards a negative number (an NPS of -20) as it guards a formula: read it as it was.
  const value = csvFieldText(cell.trim());
  return value === '' ? undefined : READERS[kind](value, cell);
}
