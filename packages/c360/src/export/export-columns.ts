// The one definition of what an export holds (issue 17), object by object: its name in JSON lines, its CSV
// file in the ZIP and its columns in order. A later import reads the same columns from here.
//
// Column names are Gainsight's where the domain API uses them (companies: ExternalId, Name, Industry,
// Employees, ARR, …; people: ExternalId, FirstName, LastName, Email, CompanyExternalId, Title, Role), else the
// store's field in the same PascalCase. A reference names the record by its external id where it has one
// (CompanyExternalId) and always by its natural key as well (CompanyName, RelationshipName within its company,
// a person's or user's e-mail), so records without an external id resolve too. Records with no natural key
// (CTAs, support tickets, timeline activities) carry the store's id as their ExternalId, so importing the
// same file twice finds them again.
//
// In CSV a list (attendees) is its e-mails joined by "; ", an empty value is an empty field, and a field a
// spreadsheet would run as a formula (starting = + - @) has a leading ' (reports/csv.ts): an import reads
// each field back with its `csvFieldText`. JSON lines keep lists as arrays and empty values as null.

/** One exported value. */
export type ExportCell = string | number | boolean | null | readonly string[];

/** The exported objects in the order an export writes them (and an import reads them: referenced ones first). */
export const EXPORT_OBJECTS = [
  'company',
  'relationship',
  'person',
  'companyAttributeValue',
  'measureScore',
  // Before the CTAs, which name the activity they came from.
  'activity',
  'cta',
  'supportTicket',
  'supportTicketReply',
] as const;
export type ExportObject = (typeof EXPORT_OBJECTS)[number];

const company = ['CompanyExternalId', 'CompanyName'] as const;

export const EXPORT_DEFINITIONS = {
  company: {
    file: 'companies.csv',
    columns: [
      'ExternalId',
      'Name',
      'Industry',
      'Employees',
      'ARR',
      'MRR',
      'RenewalDate',
      'OriginalContractDate',
      'Stage',
      'Status',
      'Lifecycle',
      'EmailDomain',
      'CsmEmail',
      'NPS',
    ],
  },
  relationship: { file: 'relationships.csv', columns: ['ExternalId', ...company, 'Name', 'Type', 'CsmEmail'] },
  /** One row per link of a person to a company or a relationship; a person with no link has one row without. */
  person: {
    file: 'people.csv',
    columns: [
      'ExternalId',
      'FirstName',
      'LastName',
      'Email',
      ...company,
      'RelationshipName',
      'Title',
      'Role',
      'IsPrimary',
      'ManagerEmail',
      'Phone',
      'LinkedinUrl',
      'Location',
      'Timezone',
    ],
  },
  /** Value as text by AttributeType: a number, a YYYY-MM-DD date, true/false, a user's e-mail. */
  companyAttributeValue: { file: 'company-attribute-values.csv', columns: [...company, 'AttributeKey', 'AttributeType', 'Value'] },
  measureScore: {
    file: 'scorecard-measure-scores.csv',
    columns: [...company, 'RelationshipName', 'Scorecard', 'Measure', 'Score', 'PreviousScore', 'Comment', 'UpdatedByEmail', 'UpdatedAt'],
  },
  cta: {
    file: 'ctas.csv',
    columns: [
      'ExternalId',
      ...company,
      'RelationshipName',
      'ActivityExternalId',
      'Type',
      'Subject',
      'Reason',
      'Priority',
      'Status',
      'OwnerEmail',
      'DueDate',
      'CreatedAt',
      'ClosedAt',
    ],
  },
  supportTicket: {
    file: 'support-tickets.csv',
    columns: ['ExternalId', ...company, 'Subject', 'Status', 'CreatedAt', 'FirstResponseAt', 'ResolvedAt', 'Rating'],
  },
  supportTicketReply: { file: 'support-ticket-replies.csv', columns: ['TicketExternalId', 'SentAt', 'ResponseMinutes'] },
  /** Logged activities only: drafts are their author's own until logged. */
  activity: {
    file: 'timeline-activities.csv',
    columns: [
      'ExternalId',
      ...company,
      'RelationshipName',
      'Type',
      'Subject',
      'Notes',
      'ActivityDate',
      'DurationInMins',
      'AuthorEmail',
      'Source',
      'MeetingUuid',
      'LoggedAt',
      'InternalAttendees',
      'ExternalAttendees',
    ],
  },
} as const satisfies Record<ExportObject, { file: string; columns: readonly string[] }>;

/** One exported record of an object: a value for each of its columns. */
export type ExportRow<Object extends ExportObject> = Record<(typeof EXPORT_DEFINITIONS)[Object]['columns'][number], ExportCell>;
