import { prismaSessionStore, type SessionStore } from '@c360/c360';
import { storeRateLimiter, type RateLimit, type RateLimiter } from '@c360/c360';
import type { Store } from '@c360/c360/store';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { RecordingDownloader } from './recordings/recording-downloader.ts';
import type { RtmsManager } from './rtms/rtms-manager.ts';
import { DEFAULT_LOGIN_RATE_LIMITS, type LoginRateLimits } from './auth/index.ts';
import type { Config } from './config.ts';
import { requireSameOrigin } from './http/csrf.ts';
import { apiNotFound, errorHandler, notFound } from './http/error-handler.ts';
import { securityHeaders } from './http/security-headers.ts';
import { requestForLog, type Logger } from './logger.ts';
import { openApiRouter } from './openapi/openapi-router.ts';
import { adminRouter } from './routes/admin/admin-router.ts';
import { DEFAULT_API_RATE_LIMIT } from './routes/api-v1/api-key-auth.ts';
import { apiV1Router } from './routes/api-v1/api-v1-router.ts';
import { attributesRoutes } from './routes/attributes/attributes-router.ts';
import { ctasRoutes, ctasRouter } from './routes/ctas/ctas-router.ts';
import { healthRouter, type Dependency } from './routes/health.ts';
import { insightsRoutes } from './routes/insights/insights-router.ts';
import { loginRouter, logoutRouter } from './routes/login/login-router.ts';
import { MeetingEventHub, type MeetingEvents } from './routes/meetings/meeting-events.ts';
import { meetingLogsRouter } from './routes/meeting-log/meeting-logs-router.ts';
import { meetingsRouter } from './routes/meetings/meetings-router.ts';
import { peopleRoutes, peopleRouter } from './routes/people/people-router.ts';
import { recordingFilesRouter } from './routes/recordings/recordings-router.ts';
import { reportsRouter } from './routes/reports/reports-router.ts';
import { scorecardRoutes } from './routes/scorecard/scorecard-router.ts';
import { salesforceLoginRouters } from './routes/salesforce-login/salesforce-login-router.ts';
import { cachedSessionStore, sessions } from './session/index.ts';
import { sidebarRouter } from './routes/sidebar.ts';
import { sessionRouter } from './routes/session/session-router.ts';
import { searchRouter } from './routes/search/search-router.ts';
import { subjectRouter } from './routes/subjects/subject-router.ts';
import { summaryRoutes } from './routes/subjects/summary-routes.ts';
import { activitiesRouter, activityDraftsRouter, timelineRoutes } from './routes/timeline/timeline-router.ts';
import { usersRouter } from './routes/users/users-router.ts';
import { zoomContextRouter } from './routes/zoom-context/zoom-context-router.ts';
import { zoomHomeRouter } from './routes/zoom-home/zoom-home-router.ts';
import { inClientOAuthRouter } from './routes/zoom-in-client-oauth/in-client-oauth-router.ts';
import { zoomInstallRouter } from './routes/zoom-install/zoom-install-router.ts';
import { zoomWebhooksRouter } from './routes/zoom-webhooks/zoom-webhooks-router.ts';

export interface AppDeps {
  config: Config;
  store: Pick<Store, 'ping' | 'prisma'>;
  logger: Logger;
  /** Defaults to sessions in the store; either way read through this process's session cache. */
  sessionStore?: SessionStore;
  /** How long this process trusts a session it read (SESSION_CACHE_TTL_MS by default; 0 turns the cache off). */
  sessionCacheTtlMs?: number;
  /** Defaults to counters in the store. */
  rateLimiter?: RateLimiter;
  /** Overrides of the sign-in brute-force limits (tests use tiny windows). */
  loginRateLimits?: Partial<LoginRateLimits>;
  /** How often one API key may call `/api/v1` (tests use a tiny limit). */
  apiRateLimit?: RateLimit;
  /** Checked by /readyz besides the store. */
  dependencies?: readonly Dependency[];
  /** Defaults to this process only; Redis shares meeting changes between processes. */
  meetingEvents?: MeetingEvents;
  /** Woken by recording webhooks; without one, files wait for a worker elsewhere (tests drive their own). */
  recordingDownloader?: Pick<RecordingDownloader, 'kick'>;
  /** Follows the RTMS streams Zoom's webhooks announce; without one, they are recorded and left alone. */
  rtms?: Pick<RtmsManager, 'handleWebhook'>;
}

// Above the largest valid body: a full roster (1 000 participants with names and addresses) or 100 KB of
// notes once JSON-escaped; the schemas, not the parser, say what is too long, and name the field.
const JSON_BODY_LIMIT = '1mb';
const PROBES = new Set(['/healthz', '/readyz']);

/** Builds the HTTP app; listening and shutting down are server.ts's job, so tests drive it in-process. */
export function createApp({
  config,
  store,
  logger,
  sessionStore: sessionStoreBehindCache = prismaSessionStore(store.prisma),
  sessionCacheTtlMs,
  rateLimiter = storeRateLimiter(store.prisma),
  loginRateLimits,
  apiRateLimit = DEFAULT_API_RATE_LIMIT,
  dependencies = [],
  // One hub for the meeting routes and the webhooks, so an ended meeting reaches its open sidebars.
  meetingEvents = new MeetingEventHub(),
  recordingDownloader,
  rtms,
}: AppDeps): Express {
  // One cache for every route, so each sign-in, sign-out and revoke here updates what the next request reads.
  const sessionStore = cachedSessionStore(sessionStoreBehindCache, sessionCacheTtlMs);
  const app = express();
  // Behind a TLS-terminating proxy, req.protocol/req.ip must come from X-Forwarded-* of trusted hops.
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');

  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => PROBES.has(req.url ?? '') },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: { req: requestForLog, res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }) },
    }),
  );
  app.use(securityHeaders(config));
  app.use(healthRouter(store, logger, dependencies));

  // Webhooks need the raw body for their signature, and no session.
  app.use(zoomWebhooksRouter({ config, prisma: store.prisma, sessionStore, recordingDownloader, meetingEvents, rtms }));
  // The API's own description is public, and reads no session.
  app.use('/api', openApiRouter(config.PUBLIC_ORIGIN));
  // The domain API authenticates with a key, never a session: no cookie is read or set and no Origin asked for.
  app.use('/api/v1', apiV1Router({ prisma: store.prisma, rateLimiter, rateLimit: apiRateLimit, jsonBodyLimit: JSON_BODY_LIMIT, logger }));
  app.use(['/api', '/zoom'], sessions(sessionStore));
  app.use('/api', requireSameOrigin(config.PUBLIC_ORIGIN));
  app.use('/api', express.json({ limit: JSON_BODY_LIMIT }));
  // Each router at its own prefix, so a path names the router that serves it.
  const { prisma } = store;
  const loginLimits = { ...DEFAULT_LOGIN_RATE_LIMITS, ...loginRateLimits };
  const salesforceLogin = salesforceLoginRouters({ config, prisma, sessionStore, rateLimiter, limit: loginLimits.salesforce });
  app.use(zoomHomeRouter(config, sessionStore));
  app.use(zoomInstallRouter({ config, prisma }));
  app.use('/api/session', sessionRouter(prisma));
  app.use('/api/login', loginRouter({ prisma, rateLimiter, limits: loginLimits }));
  app.use('/api/login', salesforceLogin.login);
  app.use('/api/logout', logoutRouter({ prisma, sessionStore }));
  // What a company or a relationship shows is registered once, for both kinds.
  const subjectRoutes = [
    timelineRoutes(prisma),
    scorecardRoutes(prisma),
    insightsRoutes(prisma),
    peopleRoutes(prisma),
    ctasRoutes(prisma),
    summaryRoutes(prisma),
  ];
  app.use('/api/companies/:id', subjectRouter(prisma, 'company', [...subjectRoutes, attributesRoutes(prisma)]));
  app.use('/api/relationships/:id', subjectRouter(prisma, 'relationship', subjectRoutes));
  app.use('/api/activities', activitiesRouter(prisma));
  app.use('/api/activity-drafts', activityDraftsRouter(prisma));
  app.use('/api/recording-files', recordingFilesRouter(prisma));
  app.use('/api/people', peopleRouter(prisma));
  app.use('/api/ctas', ctasRouter(prisma));
  app.use('/api/users', usersRouter(prisma));
  app.use('/api/search', searchRouter(prisma));
  app.use('/api/meetings', meetingsRouter(prisma, { hub: meetingEvents }));
  app.use('/api/meeting-logs', meetingLogsRouter(prisma, meetingEvents));
  app.use('/api/admin', adminRouter(prisma, logger));
  app.use('/api/reports', reportsRouter(prisma));
  app.use('/api/zoom/context', zoomContextRouter(config, prisma));
  app.use('/api/zoom', inClientOAuthRouter(config, prisma));
  app.use('/auth/salesforce', salesforceLogin.auth);
  app.use('/api', apiNotFound);

  app.use(sidebarRouter(config.SIDEBAR_DIST));
  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
