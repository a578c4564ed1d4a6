import type { Actor } from '@c360/c360';
import type { Request } from 'express';

/** A request without a JSON body parses as `{}`, so the schema names each missing field. */
export const bodyOf = (req: Request): unknown => req.body ?? {};

/** A route parameter, `''` when absent; the domain answers anything that is not one of the domain's ids with a 404. */
export function paramOf(req: Request, name: string): string {
  const value = req.params[name];
  return typeof value === 'string' ? value : '';
}

/** The route's `:id`. */
export const idOf = (req: Request): string => paramOf(req, 'id');

/** The signed-in user as the domain functions take them, built once by `requireGainsightUser`; anything else is a programming error. */
export function actorOf(req: Request): Actor {
  if (!req.actor) throw new Error(`No requireGainsightUser in front of ${req.method} ${req.originalUrl}`);
  return req.actor;
}
