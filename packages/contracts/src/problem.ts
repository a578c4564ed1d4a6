import { z } from 'zod';

/** What went wrong, in domain terms: the domain's AppError carries one, the BFF maps each to a status once. */
export const appErrorCodeSchema = z.enum([
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'VALIDATION',
  'RATE_LIMITED',
  'UNAVAILABLE',
  // A fault of ours, never thrown on purpose: the answer to anything the edge did not expect.
  'INTERNAL',
]);
export type AppErrorCode = z.infer<typeof appErrorCodeSchema>;

/** One bad field of a request: `path` is dotted (`attendees.0.email`), empty for the whole body. */
export const problemFieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type ProblemFieldError = z.infer<typeof problemFieldErrorSchema>;

/** The body of every error response (`application/problem+json`, RFC 9457); clients branch on `code`. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    code: appErrorCodeSchema,
    detail: z.string().optional(),
    errors: z.array(problemFieldErrorSchema).optional(),
  })
  // Extension members (e.g. the current activity on a 409) pass through.
  .loose();
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
