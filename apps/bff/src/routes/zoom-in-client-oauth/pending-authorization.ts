import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError, now as clockNow } from '@c360/c360';
import type { Session } from '../../session/index.ts';

const PENDING_KEY = 'zoomInClientOAuth';
const PENDING_TTL_MS = 10 * 60 * 1000;

/** One in-client authorization in progress: single-use, bound to this session. */
interface PendingAuthorization {
  state: string;
  codeVerifier: string;
  expiresAt: number;
}

export function rememberPendingAuthorization(session: Session, state: string, codeVerifier: string, now = clockNow().getTime()): void {
  const pending: PendingAuthorization = { state, codeVerifier, expiresAt: now + PENDING_TTL_MS };
  session.set(PENDING_KEY, pending);
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Removes the pending authorization (whatever the outcome, so a state works once) and returns its
 * verifier when `state` matches. The caller saves the session so the removal sticks.
 */
export function takePendingAuthorization(session: Session, state: string, now = clockNow().getTime()): string {
  const pending = session.take<PendingAuthorization>(PENDING_KEY);
  if (!pending) {
    throw new AppError('VALIDATION', 'No in-client authorization is pending: it was already used or never started. Start the authorization again.', {
      errors: [{ path: 'state', message: 'no pending authorization' }],
    });
  }
  if (!timingSafeEqual(digest(pending.state), digest(state))) {
    throw new AppError('VALIDATION', 'The authorization state does not match the one this app issued. Start the authorization again.', {
      errors: [{ path: 'state', message: 'does not match' }],
    });
  }
  if (pending.expiresAt <= now) {
    throw new AppError('VALIDATION', 'The in-client authorization expired. Start the authorization again.', {
      errors: [{ path: 'state', message: 'expired' }],
    });
  }
  return pending.codeVerifier;
}
