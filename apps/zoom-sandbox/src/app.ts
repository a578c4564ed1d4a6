import express from 'express';
import type { SandboxConfig } from './config.ts';
import { homePage } from './pages/home-page.ts';
import { sendPage } from './pages/layout.ts';
import { serveStyles } from './pages/styles.ts';
import { accountsRouter } from './accounts/accounts-router.ts';
import { clientRouter } from './client/client-router.ts';
import { signedInUser } from './accounts/signed-in-user.ts';
import { marketplaceRouter } from './marketplace/marketplace-router.ts';
import { oauthRouter } from './oauth/oauth-router.ts';
import { restRouter } from './rest/rest-router.ts';
import { speechApi } from './speech/speech-api.ts';
import { createSandboxState, type SandboxState } from './state/sandbox-state.ts';
import { webhooksRouter } from './webhooks/webhooks-router.ts';
import { clientStateOf } from './client/client-state.ts';
import { RtmsServer } from './rtms/rtms-server.ts';
import { rtmsRouter } from './rtms/rtms-router.ts';

/** The sandbox's in-memory Zoom, reachable from an app (e.g. the one startSandbox listens with). */
export const sandboxStateOf = (app: express.Express) => app.locals.sandbox as SandboxState;
/** The app's RTMS server: the HTTP server hands it WebSocket upgrades. */
export const rtmsServerOf = (app: express.Express) => app.locals.rtms as RtmsServer;

export function createSandboxApp(config: SandboxConfig, state: SandboxState = createSandboxState({ origin: `http://localhost:${config.SANDBOX_PORT}` })) {
  const app = express();
  app.disable('x-powered-by');
  app.locals.sandbox = state;
  const { meetings } = clientStateOf(state);
  const rtms = new RtmsServer(config, state, meetings);
  app.locals.rtms = rtms;
  // Browsers ask every origin for one; the sandbox has none.
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/', (req, res) => sendPage(res, homePage(config, signedInUser(req))));
  app.get('/sandbox.css', serveStyles);
  app.use(accountsRouter(state));
  app.use(oauthRouter(config, state));
  app.use(restRouter(state));
  app.use(webhooksRouter(config, state));
  app.use(marketplaceRouter(config, state));
  // What participants say reaches the meeting's running RTMS stream, if any.
  app.use(speechApi(state, rtms));
  app.use(rtmsRouter(rtms, meetings));
  app.use(clientRouter(config, state));
  return app;
}
