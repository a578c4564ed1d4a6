import type { Request } from 'express';
import type OAuth2Strategy from 'passport-oauth2';

export type StrategyOutcome<User> =
  { kind: 'success'; user: User } | { kind: 'redirect'; url: string } | { kind: 'fail'; status: number | undefined } | { kind: 'error'; error: unknown };

interface StrategyActions {
  success(user: unknown): void;
  fail(challenge?: unknown, status?: number): void;
  redirect(url: string): void;
  error(error: unknown): void;
  pass(): void;
}

/**
 * Runs one authentication step of a passport strategy, as passport's middleware does (the actions are
 * set on a per-request copy), without the passport framework or express-session.
 */
export function runStrategy<User>(strategy: OAuth2Strategy, req: Request): Promise<StrategyOutcome<User>> {
  return new Promise((resolve) => {
    const step = Object.create(strategy) as OAuth2Strategy & StrategyActions;
    step.success = (user) => resolve({ kind: 'success', user: user as User });
    step.fail = (challenge, status) => resolve({ kind: 'fail', status: typeof challenge === 'number' ? challenge : status });
    step.redirect = (url) => resolve({ kind: 'redirect', url });
    step.error = (error) => resolve({ kind: 'error', error });
    step.pass = () => resolve({ kind: 'error', error: new Error('The OAuth strategy passed the request on') });
    step.authenticate(req);
  });
}
