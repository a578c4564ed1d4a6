import { z } from 'zod';
import { scoringSchemeSchema } from './scorecard.ts';

/** The overall score of the subject's active scorecard, banded as the Scorecard tab shows it. */
export const healthSchema = z.object({
  /** Whole number 0–100; null while nothing is scored. */
  score: z.number().nullable(),
  /** The band's label as the domain configured it ("Good", "B", "Green"); null when unscored or outside every band. */
  label: z.string().nullable(),
  /** CSS colour of the band. */
  color: z.string().nullable(),
  scheme: scoringSchemeSchema,
});
export type Health = z.infer<typeof healthSchema>;

const userRefSchema = z.object({ id: z.uuid(), displayName: z.string(), email: z.string() });

/** What either kind shows at a glance: who looks after it, its health, its open work and its last contact. */
const glanceShape = {
  id: z.uuid(),
  name: z.string(),
  csm: userRefSchema.nullable(),
  /** Null when the subject has no active scorecard. */
  health: healthSchema.nullable(),
  /** Open CTAs (for a company, its relationships' too, as its CTAs tab lists them). */
  openCtas: z.number().int().nonnegative(),
  /** When the latest logged activity took place (an instant); null when none has been logged yet. */
  lastContactAt: z.iso.datetime({ offset: true }).nullable(),
};

/** `GET /api/companies/:id`: the company's key facts, for the sidebar's account header and Attributes. */
export const companySummarySchema = z.object({
  kind: z.literal('company'),
  ...glanceShape,
  industry: z.string().nullable(),
  employees: z.number().int().nullable(),
  /** In `currency`. */
  arr: z.number().nullable(),
  mrr: z.number().nullable(),
  /** ISO 4217 code of the domain's currency. */
  currency: z.string(),
  /** `YYYY-MM-DD`. */
  renewalDate: z.iso.date().nullable(),
  /** Calendar days from today (UTC, the domain's day) to the renewal date; negative once it has passed. */
  daysToRenewal: z.number().int().nullable(),
  stage: z.string().nullable(),
  status: z.string().nullable(),
  lifecycle: z.string().nullable(),
  nps: z.number().int().nullable(),
});
export type CompanySummary = z.infer<typeof companySummarySchema>;

/** `GET /api/relationships/:id`: a relationship at a glance, with its type and the company it belongs to. */
export const relationshipSummarySchema = z.object({
  kind: z.literal('relationship'),
  ...glanceShape,
  type: z.string(),
  company: z.object({ id: z.uuid(), name: z.string() }),
});
export type RelationshipSummary = z.infer<typeof relationshipSummarySchema>;

/** `GET /api/{companies|relationships}/:id`. */
export const subjectSummarySchema = z.discriminatedUnion('kind', [companySummarySchema, relationshipSummarySchema]);
export type SubjectSummary = z.infer<typeof subjectSummarySchema>;
