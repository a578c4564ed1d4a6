import type request from 'supertest';
import { SESSION_COOKIE } from '../../src/session/index.ts';

/** `c360_sid=<token>` from a response's Set-Cookie, ready for a Cookie header; the last one wins, as in browsers. */
export function sessionCookieOf(res: request.Response): string | undefined {
  const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []).findLast((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return header?.split(';')[0];
}
