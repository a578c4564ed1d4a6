import { z } from 'zod';
import { calendarDate } from './dates.ts';
import { text } from './text.ts';

/**
 * The audit event types the Zoom-app use report shows (issue 7), in menu order. Sign-in, sign-out and admin
 * events stay in the audit trail but are not part of this report: they are about accounts, not customers.
 */
export const REPORT_EVENT_TYPES = [
  'sidebar.opened',
  'activity.draft-saved',
  'activity.logged',
  'activity.edited',
  'person.added',
  'score.updated',
  'attributes.updated',
  'meeting.logged',
  'meeting.log-discarded',
  'cta.created',
  'cta.closed',
  'cta.reopened',
  'recording.attached',
  'recording.download-failed',
] as const;
export const reportEventTypeSchema = z.enum(REPORT_EVENT_TYPES, { error: 'Choose one of the report event types.' });
export type ReportEventType = z.infer<typeof reportEventTypeSchema>;

/**
 * The types whose events count as "a meeting" in `meetingsPerWeek`: a meeting is a distinct `meetingUuid`
 * among the filtered `sidebar.opened` and `meeting.logged` events, counted in the UTC ISO week (Monday) of
 * each event. A meeting whose events span two weeks counts once in each. The company, relationship, user
 * and date filters apply; a type filter narrows the count only when it is one of these two types (the
 * chart always counts meetings, so filtering the list by, say, `person.added` leaves it as it was).
 */
export const MEETING_EVENT_TYPES = ['sidebar.opened', 'meeting.logged'] as const satisfies readonly ReportEventType[];

/** Without a date range, the chart covers this many weeks up to `to` (or today). */
export const DEFAULT_REPORT_WEEKS = 12;
export const REPORT_PAGE_SIZE = 50;
export const MAX_REPORT_PAGE_SIZE = 200;
export const REPORT_FORMATS = ['json', 'csv'] as const;

const isoDate = (field: string) => calendarDate(`Give the ${field} date as a calendar date, YYYY-MM-DD.`);

/**
 * `GET /api/reports/events` query. `from` and `to` are whole UTC days, both included. A company filter
 * includes its relationships' events; with a relationship as well, only that relationship's.
 */
export const reportQuerySchema = z
  .object({
    companyId: z.uuid({ error: 'Choose a valid company.' }).optional(),
    relationshipId: z.uuid({ error: 'Choose a valid relationship.' }).optional(),
    userId: z.uuid({ error: 'Choose a valid user.' }).optional(),
    type: reportEventTypeSchema.optional(),
    from: isoDate('from').optional(),
    to: isoDate('to').optional(),
    cursor: text().min(1).max(300).optional(),
    limit: z.coerce.number({ error: 'Give a page size.' }).int().min(1).max(MAX_REPORT_PAGE_SIZE).default(REPORT_PAGE_SIZE),
    format: z.enum(REPORT_FORMATS, { error: 'Use format=json or format=csv.' }).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'The from date must not be after the to date.' });
    }
  });
export type ReportQueryInput = z.input<typeof reportQuerySchema>;
export type ReportQuery = z.infer<typeof reportQuerySchema>;

const namedSchema = z.object({ id: z.uuid(), name: z.string() });

/** Scalars from an event's data that are safe to show (ids, kinds, scores, field keys), by data key. */
export const reportEventDetailsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
export type ReportEventDetails = z.infer<typeof reportEventDetailsSchema>;

/** One row of the report: the event with the names it refers to (null when gone or not set). */
export const reportEventSchema = z.object({
  id: z.uuid(),
  type: reportEventTypeSchema,
  createdAt: z.iso.datetime(),
  user: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  company: namedSchema.nullable(),
  relationship: namedSchema.nullable(),
  meetingUuid: z.string().nullable(),
  details: reportEventDetailsSchema,
});
export type ReportEvent = z.infer<typeof reportEventSchema>;

export const meetingsPerWeekSchema = z.array(
  z.object({
    /** The Monday (UTC) the ISO week starts on. */
    weekStart: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    meetings: z.number().int().nonnegative(),
  }),
);
export type MeetingsPerWeek = z.infer<typeof meetingsPerWeekSchema>;

/** A page of events, newest first; `meetingsPerWeek` covers the whole filter (every week, oldest first), not the page. */
export const reportPageSchema = z.object({
  items: z.array(reportEventSchema),
  nextCursor: z.string().nullable(),
  meetingsPerWeek: meetingsPerWeekSchema,
});
export type ReportPage = z.infer<typeof reportPageSchema>;
