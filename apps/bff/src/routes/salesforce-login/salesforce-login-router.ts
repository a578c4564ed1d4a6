import { admitUser, AppError, findUsersByEmail, isAppError, isUnavailableError, type RateLimit, type RateLimiter, type SessionStore } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { salesforceLoginRequestSchema, type LoginMethods } from '@c360/contracts';
import { Router, type Request, type RequestHandler } from 'express';
import OAuth2Strategy from 'passport-oauth2';
import { assertWithinLimits, completeSignIn, salesforceHit } from '../../auth/index.ts';
import type { Config } from '../../config.ts';
import { requireSession, sessions } from '../../session/index.ts';
import { runStrategy, type StrategyOutcome } from '../zoom-install/run-strategy.ts';
import { offerDomainChoice, takeChosenUser } from './pending-choice.ts';
import { sendSalesforcePage, type SalesforcePage } from './salesforce-pages.ts';
import { createSalesforceStrategy, type SalesforceIdentity } from './salesforce-strategy.ts';

export interface SalesforceLoginDeps {
  config: Config;
  prisma: PrismaClient;
  sessionStore: SessionStore;
  rateLimiter: RateLimiter;
  /** Per address, over the start, the callback and the choice of domain. */
  limit: RateLimit;
}

const CALLBACK_PARAMS = ['code', 'state', 'error'] as const;

const turnedOff: RequestHandler = () => {
  throw new AppError('NOT_FOUND', 'Sign in with Salesforce is not set up for this app.');
};

/** A callback carries one code or one error, each a single string; anything else is not from the IdP. */
function isWellFormedCallback(req: Request): boolean {
  const values = CALLBACK_PARAMS.map((name) => req.query[name]);
  if (values.some((value) => value !== undefined && typeof value !== 'string')) return false;
  return typeof req.query.code === 'string' || typeof req.query.error === 'string';
}

/** Which page explains a failed callback; errors that are our own bugs go on to the error handler. */
function pageFor(outcome: Exclude<StrategyOutcome<SalesforceIdentity>, { kind: 'success' }>): SalesforcePage {
  // passport-oauth2 fails with 403 for a state it cannot verify, and without a status for access_denied.
  if (outcome.kind === 'fail') return { kind: outcome.status === 403 ? 'state' : 'denied' };
  if (outcome.kind === 'redirect') return { kind: 'state' };
  const error = outcome.error instanceof OAuth2Strategy.InternalOAuthError ? (outcome.error.oauthError as unknown) : outcome.error;
  if (error instanceof OAuth2Strategy.AuthorizationError) return { kind: 'failed' };
  if (isAppError(error) && error.code === 'UNAUTHENTICATED') return { kind: 'failed' };
  if (isUnavailableError(error)) return { kind: 'unavailable' };
  throw error;
}

/** The routers of "Sign in with Salesforce", each for its own prefix. */
export interface SalesforceLoginRouters {
  /** At `/auth/salesforce`: the redirect to the IdP and its callback. */
  auth: Router;
  /** At `/api/login`: `GET /methods` (whether it is set up) and `POST /salesforce` (the choice of domain). */
  login: Router;
}

/**
 * "Sign in with Salesforce" (seed 000): /auth/salesforce → the IdP → /auth/salesforce/callback, which
 * signs in the one Gainsight user with the IdP's e-mail, or leaves the choice of domain to the sidebar
 * (`POST /api/login/salesforce`) when several domains have one. Off (404) without SALESFORCE_CLIENT_ID.
 */
export function salesforceLoginRouters({ config, prisma, sessionStore, rateLimiter, limit }: SalesforceLoginDeps): SalesforceLoginRouters {
  const auth = Router();
  const login = Router();
  const salesforce = config.salesforce;
  const methods: LoginMethods = { salesforce: salesforce !== undefined, links: config.legalLinks };
  login.get('/methods', (_req, res) => {
    res.json(methods);
  });
  if (!salesforce) {
    auth.all(['/', '/callback'], turnedOff);
    login.all('/salesforce', turnedOff);
    return { auth, login };
  }
  const strategy = createSalesforceStrategy(config, salesforce);
  auth.use(sessions(sessionStore));
  // The browser shows the start and the callback as pages: too many says so as one, with Retry-After.
  auth.use(async (req, res, next) => {
    const [key, rule] = salesforceHit(req, limit);
    const counted = await rateLimiter.hit(key, rule);
    if (counted.allowed) return next();
    res.setHeader('Retry-After', String(counted.retryAfterSeconds));
    sendSalesforcePage(res, { kind: 'too-many' });
  });

  auth.get('/', async (req, res) => {
    const outcome = await runStrategy(strategy, req);
    if (outcome.kind !== 'redirect') throw outcome.kind === 'error' ? outcome.error : new Error(`Sign-in did not start: ${outcome.kind}`);
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, outcome.url);
  });

  auth.get('/callback', async (req, res) => {
    if (!isWellFormedCallback(req)) return sendSalesforcePage(res, { kind: 'state' });
    const outcome = await runStrategy<SalesforceIdentity>(strategy, req);
    if (outcome.kind !== 'success') return sendSalesforcePage(res, pageFor(outcome));
    const { email } = outcome.user;
    const candidates = await findUsersByEmail(prisma, email);
    const [only] = candidates;
    if (!only) return sendSalesforcePage(res, { kind: 'no-user', email });
    if (candidates.length > 1) {
      const session = requireSession(req);
      offerDomainChoice(session, email, candidates);
      await session.save();
      return sendSalesforcePage(res, { kind: 'choose-domain' });
    }
    const signedIn = await admitUser(prisma, { userId: only.userId, domainId: only.domain.id }).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'FORBIDDEN') return error;
      throw error;
    });
    if (signedIn instanceof AppError) return sendSalesforcePage(res, { kind: 'refused', reason: signedIn.message });
    await completeSignIn(req, signedIn, prisma);
    sendSalesforcePage(res, { kind: 'signed-in' });
  });

  login.post('/salesforce', async (req, res) => {
    const { domainId } = salesforceLoginRequestSchema.parse(req.body);
    await assertWithinLimits(rateLimiter, [salesforceHit(req, limit)], 'Too many sign-ins with Salesforce.');
    const session = requireSession(req);
    const chosen = takeChosenUser(session, domainId);
    if (!chosen) {
      throw new AppError('CONFLICT', 'No Salesforce sign-in is waiting for this domain; sign in with Salesforce again.');
    }
    const signedIn = await admitUser(prisma, { userId: chosen.userId, domainId });
    res.setHeader('Cache-Control', 'no-store');
    res.json(await completeSignIn(req, signedIn, prisma));
  });

  return { auth, login };
}
