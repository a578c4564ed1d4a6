import { prismaSessionStore, type SessionStore } from '@c360/c360';
import type { Store } from '@c360/c360/store';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.ts';
import { requireSameOrigin } from './http/csrf.ts';
import { apiNotFound, errorHandler, notFound } from './http/error-handler.ts';
import { securityHeaders } from './http/security-headers.ts';
import type { Logger } from './logger.ts';
import { healthRouter } from './routes/health.ts';
import { sessions } from './session/index.ts';
import { sidebarRouter } from './routes/sidebar.ts';

export interface AppDeps {
  config: Config;
  store: Pick<Store, 'ping' | 'prisma'>;
  logger: Logger;
  /** Defaults to sessions in the store. */
  sessionStore?: SessionStore;
}

const JSON_BODY_LIMIT = '100kb';
const PROBES = new Set(['/healthz', '/readyz']);

/** Builds the HTTP app; listening and shutting down are server.ts's job, so tests drive it in-process. */
export function createApp({ config, store, logger, sessionStore = prismaSessionStore(store.prisma) }: AppDeps): Express {
  const app = express();
  // Behind a TLS-terminating proxy, req.protocol/req.ip must come from X-Forwarded-* of trusted hops.
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');

  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => PROBES.has(req.url ?? '') },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  );
  app.use(securityHeaders(config));
  app.use(healthRouter(store, logger));

  app.use(['/api', '/zoom'], sessions(sessionStore));
  app.use('/api', requireSameOrigin(config.PUBLIC_ORIGIN));
  app.use('/api', express.json({ limit: JSON_BODY_LIMIT }));
  // Feature routers mount here, under /api.
  app.use('/api', apiNotFound);

  app.use(sidebarRouter(config.SIDEBAR_DIST));
  app.use(notFound);
  app.use(errorHandler(logger));
  return app;
}
