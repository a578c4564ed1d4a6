import { z } from 'zod';

/** Star ratings 1–5 map to happiness as in seed 003: 1–2 bad, 3 okay, 4–5 good. */
export const HAPPINESS_LEVELS = ['good', 'okay', 'bad'] as const;
export type HappinessLevel = (typeof HAPPINESS_LEVELS)[number];

const count = z.number().int().nonnegative();
/** Minutes, or null when nothing could be measured (no tickets, no replies, none closed). */
const minutes = z.number().nonnegative().nullable();

export const openClosedSchema = z.object({ open: count, closed: count });
export type OpenClosed = z.infer<typeof openClosedSchema>;

/** Counts of rated tickets per level; `rated` = good + okay + bad (unrated tickets are not counted). */
export const happinessSchema = z.object({ good: count, okay: count, bad: count, rated: count });
export type Happiness = z.infer<typeof happinessSchema>;

/**
 * `GET /api/{companies|relationships}/:id/insights` (seed 004, "Customer Insights"). Definitions:
 * - `ctas`: the subject's CTAs by status. A relationship counts only its own CTAs.
 * - `tickets`: support tickets by status. Tickets belong to companies only, so a relationship shows its company's.
 * - `averageFirstResponseMinutes`: over tickets with an agent reply, the time from the ticket's creation to the
 *   first agent reply sent at or after it.
 * - `averageResponseMinutes`: the average over all agent replies (not per ticket) of each reply's response time.
 * - `averageResolutionMinutes`: over closed tickets, resolved − created.
 * - `happiness`: rated tickets by level; shares are `good / rated` etc., computed by the client.
 */
export const insightsSchema = z.object({
  ctas: openClosedSchema,
  tickets: openClosedSchema,
  averageFirstResponseMinutes: minutes,
  averageResponseMinutes: minutes,
  averageResolutionMinutes: minutes,
  happiness: happinessSchema,
  /** True for a relationship: the ticket metrics are its company's. */
  ticketsFromCompany: z.boolean(),
});
export type Insights = z.infer<typeof insightsSchema>;
