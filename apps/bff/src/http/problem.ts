import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE, type AppErrorCode, type Problem } from '@c360/contracts';
import type { Response } from 'express';

/** The one map from what went wrong to its HTTP status. */
export const STATUS_OF: Record<AppErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

export type ProblemInit = Omit<Problem, 'status' | 'title' | 'type' | 'code'> & { type?: string; title?: string };

/**
 * Sends an RFC 9457 problem body naming its code; the status follows from the code unless given (a 413 is
 * still VALIDATION). `title` defaults to the status phrase, `type` to about:blank.
 */
export function sendProblem(res: Response, code: AppErrorCode, init: ProblemInit = {}, status = STATUS_OF[code]): void {
  const { type = 'about:blank', title = STATUS_CODES[status] ?? 'Error', ...rest } = init;
  const body: Problem = { type, title, ...rest, status, code };
  res.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
