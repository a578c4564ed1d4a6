import type { Request } from 'express';
import { DEFAULT_ZOOM_USER, findZoomUser, type ZoomUser } from '../zoom-users.ts';

/** The cookie that says who is signed in to "Zoom web" in this browser. */
export const SIGNED_IN_COOKIE = 'zsb_user';

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Every browser starts signed in as the default user, as a developer's own Zoom would be. */
export function signedInUser(req: Request): ZoomUser {
  return findZoomUser(readCookie(req, SIGNED_IN_COOKIE)) ?? DEFAULT_ZOOM_USER;
}

/** Only paths of this sandbox, so the switcher cannot be used as an open redirect. */
export function safeReturnPath(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') ? value : '/';
}
