import { z } from 'zod';

/** `GET /api/companies/:id`: the company's key facts, for the sidebar's header and Attributes. */
export const companySummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  industry: z.string().nullable(),
  employees: z.number().int().nullable(),
  /** In the domain's currency. */
  arr: z.number().nullable(),
  mrr: z.number().nullable(),
  currency: z.string(),
  /** `YYYY-MM-DD`. */
  renewalDate: z.iso.date().nullable(),
  stage: z.string().nullable(),
  status: z.string().nullable(),
  lifecycle: z.string().nullable(),
  csm: z.object({ id: z.uuid(), displayName: z.string(), email: z.string() }).nullable(),
  nps: z.number().int().nullable(),
});
export type CompanySummary = z.infer<typeof companySummarySchema>;
