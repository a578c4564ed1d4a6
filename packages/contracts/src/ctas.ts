import { z } from 'zod';
import { calendarDate } from './dates.ts';
import { meetingUuidSchema } from './meetings.ts';
import { text } from './text.ts';

export const CTA_TYPES = ['RISK', 'LIFECYCLE', 'EXPANSION', 'OBJECTIVE', 'ACTIVITY'] as const;
export const ctaTypeSchema = z.enum(CTA_TYPES);
export type CtaType = z.infer<typeof ctaTypeSchema>;

/** The reasons a CTA of each type may give (Gainsight's reason picklist, per type). */
export const CTA_REASONS = {
  RISK: ['Product usage', 'Sponsor change', 'Support', 'Sentiment'],
  LIFECYCLE: ['Onboarding', 'Renewal'],
  EXPANSION: ['Upsell', 'Cross-sell'],
  OBJECTIVE: ['Success plan'],
  ACTIVITY: ['Follow-up'],
} as const satisfies Record<CtaType, readonly string[]>;
export type CtaReason = (typeof CTA_REASONS)[CtaType][number];

export const CTA_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export const ctaPrioritySchema = z.enum(CTA_PRIORITIES);
export type CtaPriority = z.infer<typeof ctaPrioritySchema>;

export const CTA_STATUSES = ['OPEN', 'CLOSED'] as const;
export const ctaStatusSchema = z.enum(CTA_STATUSES);
export type CtaStatus = z.infer<typeof ctaStatusSchema>;

/** Gainsight's subject for a task created from a timeline activity: "To-Do: <task>". */
export const FOLLOW_UP_PREFIX = 'To-Do: ';

/** A calendar date (YYYY-MM-DD), no time or zone: due dates are days. */
const calendarDateSchema = calendarDate('Give a date as YYYY-MM-DD.');

/** A call to action (notes/c360-domain.md "CTA") as the sidebar lists it. */
export const ctaSchema = z.object({
  id: z.uuid(),
  type: ctaTypeSchema,
  subject: z.string(),
  reason: z.string().optional(),
  priority: ctaPrioritySchema,
  status: ctaStatusSchema,
  dueDate: calendarDateSchema,
  /** Open and due before the server's today. */
  overdue: z.boolean(),
  owner: z.object({ id: z.uuid(), displayName: z.string() }),
  companyId: z.uuid(),
  relationshipId: z.uuid().optional(),
  activityId: z.uuid().optional(),
  /** The subject of the activity it was created from, when there is one. */
  activitySubject: z.string().optional(),
  createdAt: z.iso.datetime({ offset: true }),
  closedAt: z.iso.datetime({ offset: true }).optional(),
});
export type Cta = z.infer<typeof ctaSchema>;

/**
 * `POST /api/ctas`: a CTA. A follow-up task of an activity is an Activity-type CTA "To-Do: <subject>" and
 * takes the activity's company and relationship; a CTA of its own ("New CTA") names one of them, its type
 * (Activity by default) and optionally a reason of that type. The owner defaults to the signed-in user, the
 * priority to Medium; the due date may not lie in the past.
 */
export const createCtaSchema = z
  .object({
    activityId: z.uuid({ error: 'Choose a valid activity.' }).optional(),
    companyId: z.uuid({ error: 'Choose a valid company.' }).optional(),
    relationshipId: z.uuid({ error: 'Choose a valid relationship.' }).optional(),
    subject: text({ error: 'Enter a task.' }).trim().min(1, 'Enter a task.').max(240, 'Use at most 240 characters.'),
    type: ctaTypeSchema.default('ACTIVITY'),
    reason: text({ error: 'Choose a reason.' }).optional(),
    dueDate: calendarDateSchema,
    ownerId: z.uuid({ error: 'Choose an owner.' }).optional(),
    priority: ctaPrioritySchema.default('MEDIUM'),
  })
  .superRefine((cta, ctx) => {
    if (cta.activityId === undefined && cta.companyId === undefined && cta.relationshipId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['companyId'], message: 'Choose an activity, a company or a relationship.' });
    }
    if (cta.reason !== undefined && !(CTA_REASONS[cta.type] as readonly string[]).includes(cta.reason)) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `Choose one of the reasons of a ${cta.type} CTA: ${CTA_REASONS[cta.type].join(', ')}.` });
    }
    if (cta.activityId !== undefined && cta.type !== 'ACTIVITY') {
      ctx.addIssue({ code: 'custom', path: ['type'], message: 'A follow-up of an activity is an Activity CTA.' });
    }
  });
export type CreateCtaInput = z.input<typeof createCtaSchema>;
export type CreateCta = z.infer<typeof createCtaSchema>;

/** `PATCH /api/ctas/:id`: close or reopen, and optionally reschedule, reprioritise or reassign. */
export const updateCtaSchema = z
  .object({
    status: ctaStatusSchema,
    dueDate: calendarDateSchema,
    priority: ctaPrioritySchema,
    ownerId: z.uuid({ error: 'Choose an owner.' }),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Change at least one field.', path: ['status'] });
export type UpdateCta = z.infer<typeof updateCtaSchema>;

export const CTA_LIST_FILTERS = ['OPEN', 'ALL'] as const;

/** `GET /api/{companies|relationships}/:id/ctas` query. */
export const ctaQuerySchema = z.object({
  cursor: text().min(1).max(300).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  status: z.enum(CTA_LIST_FILTERS).default('ALL'),
  /** Only the follow-ups created from this activity. */
  activityId: z.uuid({ error: 'Choose a valid activity.' }).optional(),
  /**
   * Only the follow-ups created from a meeting's activity, of any meeting but this one (the current
   * meeting's commitments of earlier meetings).
   */
  fromMeetingsOtherThan: meetingUuidSchema.optional(),
});
export type CtaQuery = z.infer<typeof ctaQuerySchema>;

/** A page of CTAs, open first, then by due date; `nextCursor` is null on the last page. */
export const ctaPageSchema = z.object({
  items: z.array(ctaSchema),
  nextCursor: z.string().nullable(),
});
export type CtaPage = z.infer<typeof ctaPageSchema>;

/** A user of the domain who may own a CTA. */
export const assignableUserSchema = z.object({ id: z.uuid(), displayName: z.string() });
export type AssignableUser = z.infer<typeof assignableUserSchema>;

/** `GET /api/users?q=`: the domain's users by name, for owner pickers. */
export const userQuerySchema = z.object({
  q: text().trim().max(100).default(''),
});
export const assignableUsersSchema = z.object({ items: z.array(assignableUserSchema) });
export type AssignableUsers = z.infer<typeof assignableUsersSchema>;
