import { AppError, now, type SessionStore } from '@c360/c360';
import type { RequestHandler } from 'express';
import { hashToken, Session, SESSION_COOKIE } from './session.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's own extension point for Request
  namespace Express {
    interface Request {
      /** Present on the routes behind `sessions()` (/api and /zoom). */
      session?: Session;
    }
  }
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return undefined;
}

/** A session store that does not answer (Redis down) is a 503 the client may retry, not a 500. */
async function findOrUnavailable(store: SessionStore, id: string, now: Date) {
  try {
    return await store.find(id, now);
  } catch (cause) {
    throw new AppError('UNAVAILABLE', 'Sessions are unavailable right now. Try again in a moment.', { cause });
  }
}

/** Loads the request's session from the store, or starts an anonymous one that is saved on demand. */
export function sessions(store: SessionStore): RequestHandler {
  return async (req, res, next) => {
    const at = now();
    const token = cookieValue(req.headers.cookie, SESSION_COOKIE);
    const record = token ? await findOrUnavailable(store, hashToken(token), at) : null;
    if (!record) {
      req.session = Session.anonymous(store, res, at);
      return next();
    }
    req.session = Session.existing(record, store, res);
    if (req.session.touch(at)) await req.session.save();
    next();
  };
}
