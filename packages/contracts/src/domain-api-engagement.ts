import { z } from 'zod';
import { CTA_PRIORITIES, CTA_STATUSES, CTA_TYPES } from './ctas.ts';
import { calendarDate, dateTime } from './dates.ts';
import { apiExternalId, apiOptionalText } from './domain-api.ts';
import { addPersonSchema } from './people.ts';
import { text } from './text.ts';
import { ACTIVITY_TYPES, MAX_ATTENDEES, MAX_NOTES_BYTES } from './timeline.ts';

// The domain API's CTAs, support tickets and timeline activities (issue 17), in the export's column names
// (Gainsight's Timeline names where it documents them: Subject, Notes, ActivityDate, DurationInMins). These
// records have no natural key: each is found by its ExternalId, or by the store's id an export wrote there.

/** A value of one of the domain's lists, by its name in any case ("High", "high" and "HIGH" are HIGH). */
const named = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toUpperCase().replaceAll(' ', '_') : value),
    z.enum(values, { error: `Use one of: ${values.join(', ')}.` }),
  );

const required = (name: string, max: number) =>
  text({ error: `Give the ${name} as text.` })
    .trim()
    .min(1, `Give the ${name}.`)
    .max(max, `Use at most ${max} characters.`);

export const apiEmail = addPersonSchema.shape.email;
const instant = dateTime({ error: 'Give a date and time as ISO 8601, like 2026-04-01T09:30:00Z.', abort: true });

/** The company a record is about: by its ExternalId or, for a company without one, by its name. */
const companyReference = {
  CompanyExternalId: apiExternalId.optional(),
  CompanyName: required('CompanyName', 255).optional(),
};
const needsCompany = (record: { CompanyExternalId?: string | undefined; CompanyName?: string | undefined }) =>
  record.CompanyExternalId !== undefined || record.CompanyName !== undefined;
const companyNeeded = { message: 'Give the CompanyExternalId or the CompanyName.', path: ['CompanyExternalId'] };

/** One CTA of `POST /api/v1/ctas`: its company (and relationship by name within it), owner by e-mail. */
export const apiCtaRecordSchema = z
  .strictObject({
    ExternalId: apiExternalId,
    ...companyReference,
    RelationshipName: required('RelationshipName', 255).optional(),
    /** The timeline activity the CTA was created from, by its ExternalId. */
    ActivityExternalId: apiExternalId.optional(),
    Type: named(CTA_TYPES).optional(),
    Subject: required('Subject', 500),
    Reason: apiOptionalText(255),
    Priority: named(CTA_PRIORITIES).optional(),
    Status: named(CTA_STATUSES).optional(),
    OwnerEmail: apiEmail,
    DueDate: calendarDate(),
    CreatedAt: instant.optional(),
    ClosedAt: instant.nullable().optional(),
  })
  .refine(needsCompany, companyNeeded);
export type ApiCtaRecord = z.infer<typeof apiCtaRecordSchema>;

const ticketReply = {
  SentAt: instant,
  /** Minutes since the message the reply answers. */
  ResponseMinutes: z
    .number({ error: 'Give a whole number of minutes.' })
    .int('Give a whole number of minutes.')
    .min(0, 'Give 0 or more.')
    .max(2_147_483_647, 'Give a smaller number.'),
};
export const MAX_TICKET_REPLIES = 500;

/** One support ticket of `POST /api/v1/tickets`; `Replies`, when sent, are all of its agent replies. */
export const apiTicketRecordSchema = z
  .strictObject({
    ExternalId: apiExternalId,
    ...companyReference,
    Subject: required('Subject', 500),
    Status: named(['OPEN', 'CLOSED']),
    CreatedAt: instant,
    FirstResponseAt: instant.nullable().optional(),
    ResolvedAt: instant.nullable().optional(),
    /** The customer's rating, 1 to 5 (1–2 bad, 3 okay, 4–5 good). */
    Rating: z
      .number({ error: 'Give a rating from 1 to 5, or null.' })
      .int('Give a whole number from 1 to 5.')
      .min(1, 'Give 1 to 5.')
      .max(5, 'Give 1 to 5.')
      .nullable()
      .optional(),
    Replies: z
      .array(z.strictObject(ticketReply), { error: 'Give the replies as a list.' })
      .max(MAX_TICKET_REPLIES, `Send at most ${MAX_TICKET_REPLIES} replies.`)
      .refine((replies) => new Set(replies.map((reply) => Date.parse(reply.SentAt))).size === replies.length, 'Each reply once: two have the same SentAt.')
      .optional(),
  })
  .refine(needsCompany, companyNeeded);
export type ApiTicketRecord = z.infer<typeof apiTicketRecordSchema>;

/** One agent reply of an import's support-ticket-replies file: a reply is its ticket's at one instant. */
export const apiTicketReplyRecordSchema = z.strictObject({ TicketExternalId: apiExternalId, ...ticketReply });
export type ApiTicketReplyRecord = z.infer<typeof apiTicketReplyRecordSchema>;

const attendees = z.array(apiEmail, { error: 'Give a list of e-mail addresses.' }).max(MAX_ATTENDEES, `List at most ${MAX_ATTENDEES} attendees.`);

/** One logged timeline activity of `POST /api/v1/activities`: author and attendees by e-mail. */
export const apiActivityRecordSchema = z
  .strictObject({
    ExternalId: apiExternalId,
    ...companyReference,
    RelationshipName: required('RelationshipName', 255).optional(),
    Type: named(ACTIVITY_TYPES),
    Subject: required('Subject', 500),
    /** Rich text (HTML), stored sanitised. */
    Notes: text({ error: 'Give the Notes as text.' })
      .refine((notes) => new TextEncoder().encode(notes).length <= MAX_NOTES_BYTES, 'Notes must be at most 100 KB.')
      .optional(),
    ActivityDate: instant,
    DurationInMins: z
      .number({ error: 'Give a whole number of minutes, or null.' })
      .int('Give a whole number of minutes.')
      .min(0, 'Give 0 or more.')
      .max(100_000, 'Give at most 100000.')
      .nullable()
      .optional(),
    AuthorEmail: apiEmail,
    Source: named(['ZOOM_SIDEBAR', 'ZOOM_MEETING_LOG', 'GAINSIGHT_WEB', 'EMAIL_SYNC']).optional(),
    MeetingUuid: apiOptionalText(255),
    LoggedAt: instant.optional(),
    /** Users of the domain, by e-mail. */
    InternalAttendees: attendees.optional(),
    /** People of the domain, by e-mail. */
    ExternalAttendees: attendees.optional(),
  })
  .refine(needsCompany, companyNeeded);
export type ApiActivityRecord = z.infer<typeof apiActivityRecordSchema>;
