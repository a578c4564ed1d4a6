import { isAppError, isUnavailableError } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router, type Request } from 'express';
import OAuth2Strategy from 'passport-oauth2';
import type { Config } from '../../config.ts';
import { createDeeplink } from '../../zoom/zoom-api.ts';
import { createInstallStrategy, type InstalledUser } from './install-strategy.ts';
import { sendInstallPage, type InstallPage } from './install-pages.ts';
import { runStrategy, type StrategyOutcome } from './run-strategy.ts';

const CALLBACK_PARAMS = ['code', 'state', 'error'] as const;

/** A callback carries one code or one error, each a single string; anything else is not from Zoom. */
function isWellFormedCallback(req: Request): boolean {
  const values = CALLBACK_PARAMS.map((name) => req.query[name]);
  if (values.some((value) => value !== undefined && typeof value !== 'string')) return false;
  return typeof req.query.code === 'string' || typeof req.query.error === 'string';
}

/** Which page explains a failed callback; errors that are our own bugs go on to the error handler. */
function pageFor(outcome: Exclude<StrategyOutcome<InstalledUser>, { kind: 'success' }>): InstallPage {
  // passport-oauth2 fails with 403 for a state it cannot verify, and without a status for access_denied.
  if (outcome.kind === 'fail') return outcome.status === 403 ? 'state' : 'denied';
  if (outcome.kind === 'redirect') return 'invalid-request';
  const error = outcome.error instanceof OAuth2Strategy.InternalOAuthError ? (outcome.error.oauthError as unknown) : outcome.error;
  if (error instanceof OAuth2Strategy.AuthorizationError) return 'zoom-error';
  if (isAppError(error) && error.code === 'UNAUTHENTICATED') return 'code';
  if (isUnavailableError(error)) return 'unavailable';
  throw error;
}

/** The Marketplace install (SPEC §1 journey 1): /zoom/install → Zoom's consent → /zoom/callback → deeplink. */
export function zoomInstallRouter(deps: { config: Config; prisma: PrismaClient }): Router {
  const router = Router();
  const strategy = createInstallStrategy(deps.config, deps.prisma);

  router.get('/zoom/install', async (req, res) => {
    const outcome = await runStrategy(strategy, req);
    if (outcome.kind !== 'redirect') throw outcome.kind === 'error' ? outcome.error : new Error(`Install did not start: ${outcome.kind}`);
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, outcome.url);
  });

  router.get('/zoom/callback', async (req, res) => {
    if (!isWellFormedCallback(req)) return sendInstallPage(res, 'invalid-request');
    const outcome = await runStrategy<InstalledUser>(strategy, req);
    if (outcome.kind !== 'success') return sendInstallPage(res, pageFor(outcome));
    // The install is done; without a deeplink the user opens the app from Zoom instead.
    const deeplink = await createDeeplink(deps.config, outcome.user.accessToken).catch(() => undefined);
    if (deeplink === undefined) return sendInstallPage(res, 'installed');
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, deeplink);
  });

  return router;
}
