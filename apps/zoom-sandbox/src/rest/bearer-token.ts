import type { Request, Response } from 'express';
import type { SandboxState } from '../state/sandbox-state.ts';
import type { IssuedToken } from '../state/records.ts';
import { checkAccessToken } from '../oauth/grants.ts';

/** The access token of an API call: `Authorization: Bearer …`, or `?access_token=` as download URLs allow. */
export function presentedToken(req: Request, { allowQuery = false } = {}): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (match?.[1]) return match[1];
  return allowQuery && typeof req.query.access_token === 'string' ? req.query.access_token : undefined;
}

/** Answers 401 the way api.zoom.us does (code 124) and returns nothing when the token is no good. */
export function authenticate(state: SandboxState, req: Request, res: Response, options?: { allowQuery?: boolean }): IssuedToken | undefined {
  const check = checkAccessToken(state, presentedToken(req, options));
  if (check.ok) return check.token;
  const message = check.reason === 'expired' ? 'Access token is expired.' : 'Invalid access token.';
  res.status(401).json({ code: 124, message });
  return undefined;
}
