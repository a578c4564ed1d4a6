import { STATUS_CODES } from 'node:http';
import { PROBLEM_CONTENT_TYPE, type Problem } from '@c360/contracts';
import type { Response } from 'express';

export type ProblemInit = Omit<Problem, 'status' | 'title' | 'type'> & { type?: string; title?: string };

/** Sends an RFC 9457 problem body; `title` defaults to the status phrase, `type` to about:blank. */
export function sendProblem(res: Response, status: number, init: ProblemInit = {}): void {
  const { type = 'about:blank', title = STATUS_CODES[status] ?? 'Error', ...rest } = init;
  const body: Problem = { type, title, ...rest, status };
  res.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
