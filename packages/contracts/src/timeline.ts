import { z } from 'zod';
import { dateTime } from './dates.ts';
import { text } from './text.ts';

export const ACTIVITY_TYPES = ['MEETING', 'CALL', 'EMAIL', 'UPDATE', 'MILESTONE'] as const;
export const activityTypeSchema = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const ACTIVITY_STATUSES = ['DRAFT', 'LOGGED'] as const;
export const activityStatusSchema = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof activityStatusSchema>;

export const MAX_NOTES_BYTES = 100 * 1024;
export const MAX_ATTENDEES = 200;

/** A comment on an activity, shown under it on the timeline. */
export const activityCommentSchema = z.object({
  id: z.uuid(),
  authorId: z.uuid(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type ActivityComment = z.infer<typeof activityCommentSchema>;

/** An attendee as the timeline shows it: a Gainsight user (internal) or a person of the customer (external). */
export const activityAttendeeSchema = z.object({ id: z.uuid(), name: z.string() });
export type ActivityAttendee = z.infer<typeof activityAttendeeSchema>;

/** SPEC §5 "activity", plus the names the sidebar shows. */
export const activitySchema = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  type: activityTypeSchema,
  status: activityStatusSchema,
  subject: z.string(),
  /** Sanitised rich text (HTML). */
  notes: z.string(),
  activityDate: z.iso.datetime({ offset: true }),
  durationMinutes: z.number().int().optional(),
  companyId: z.uuid().optional(),
  relationshipId: z.uuid().optional(),
  relationshipName: z.string().optional(),
  authorId: z.uuid(),
  authorName: z.string(),
  meetingUuid: z.string().optional(),
  internalAttendeeIds: z.array(z.uuid()),
  externalPersonIds: z.array(z.uuid()),
  /** The same attendees as the two id lists, in the same order, with their names. */
  internalAttendees: z.array(activityAttendeeSchema),
  externalAttendees: z.array(activityAttendeeSchema),
  comments: z.array(activityCommentSchema).optional(),
});
export type Activity = z.infer<typeof activitySchema>;

const notesSchema = text().refine((notes) => new TextEncoder().encode(notes).length <= MAX_NOTES_BYTES, { message: 'Notes must be at most 100 KB.' });
const attendeeIdsSchema = z.array(z.uuid()).max(MAX_ATTENDEES);

// Without the "company or relationship" rule, so the PATCH schema can be derived from it.
const activityFieldsSchema = z.object({
  type: activityTypeSchema,
  /** New activities are drafts unless the user logs them, so an incomplete client never publishes. */
  status: activityStatusSchema.default('DRAFT'),
  subject: text().trim().min(1).max(255),
  notes: notesSchema.default(''),
  activityDate: dateTime(),
  durationMinutes: z.number().int().min(0).max(1440).nullable().optional(),
  companyId: z.uuid().optional(),
  relationshipId: z.uuid().optional(),
  meetingUuid: text().trim().min(1).max(255).nullable().optional(),
  internalAttendeeIds: attendeeIdsSchema.default([]),
  externalPersonIds: attendeeIdsSchema.default([]),
});

/** `POST /api/activities` (with an `Idempotency-Key` header). */
export const createActivitySchema = activityFieldsSchema.superRefine((activity, ctx) => {
  if (activity.companyId === undefined && activity.relationshipId === undefined) {
    ctx.addIssue({ code: 'custom', path: ['companyId'], message: 'Choose a company or a relationship.' });
  }
});
export type CreateActivityInput = z.input<typeof createActivitySchema>;
export type CreateActivity = z.infer<typeof createActivitySchema>;

// Visible ASCII only (RFC 9110 tokens and the like), so a key is safe to store and to log.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The `Idempotency-Key` of a create: a retry with the same key gets the first activity back. */
export const idempotencyKeySchema = z.string().regex(IDEMPOTENCY_KEY, { message: 'Use 1 to 255 visible ASCII characters.' });

/**
 * `DELETE /api/activity-drafts/:idempotencyKey`: Cancel on a new activity. Whatever its autosave created
 * with that key is deleted, and a create with it that arrives later makes nothing.
 */
export const discardDraftSchema = z.object({ idempotencyKey: idempotencyKeySchema });
export type DiscardDraft = z.infer<typeof discardDraftSchema>;

/** `PATCH /api/activities/:id`: any subset of the fields, and the version the edit started from. */
export const updateActivitySchema = z
  .object({
    type: activityTypeSchema,
    status: activityStatusSchema,
    subject: text().trim().min(1).max(255),
    notes: notesSchema,
    activityDate: dateTime(),
    durationMinutes: z.number().int().min(0).max(1440).nullable(),
    companyId: z.uuid(),
    relationshipId: z.uuid(),
    meetingUuid: text().trim().min(1).max(255).nullable(),
    internalAttendeeIds: attendeeIdsSchema,
    externalPersonIds: attendeeIdsSchema,
  })
  .partial()
  .extend({ version: z.number().int().positive() });
export type UpdateActivity = z.infer<typeof updateActivitySchema>;

/** `GET /api/{companies|relationships}/:id/timeline` query. */
export const timelineQuerySchema = z.object({
  cursor: text().min(1).max(200).optional(),
  type: activityTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

/** A timeline page, newest first; `nextCursor` is null on the last page. */
export const timelinePageSchema = z.object({
  items: z.array(activitySchema),
  nextCursor: z.string().nullable(),
});
export type TimelinePage = z.infer<typeof timelinePageSchema>;

/** `POST /api/activities/:id/comments`. */
export const createCommentSchema = z.object({
  body: text().trim().min(1).max(5000),
});
export type CreateComment = z.infer<typeof createCommentSchema>;
