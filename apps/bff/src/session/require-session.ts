import type { Request } from 'express';
import type { Session } from './session.ts';

/** The session of a request behind `sessions()`; mounting a route elsewhere is a programming error. */
export function requireSession(req: Request): Session {
  if (!req.session) throw new Error(`No session middleware in front of ${req.method} ${req.originalUrl}`);
  return req.session;
}
