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
import type { SpeechSink } from './rtms/speech.ts';
import { speechApi } from './speech/speech-api.ts';
import { createSandboxState, type SandboxState } from './state/sandbox-state.ts';
import { webhooksRouter } from './webhooks/webhooks-router.ts';

/** The sandbox's in-memory Zoom, reachable from an app (e.g. the one startSandbox listens with). */
export const sandboxStateOf = (app: express.Express) => app.locals.sandbox as SandboxState;

// Until an RTMS server carries a meeting's stream, no meeting has one: every spoken line answers 409.
const NO_RTMS_STREAMS: SpeechSink = { say: () => false };

export function createSandboxApp(
  config: SandboxConfig,
  state: SandboxState = createSandboxState({ origin: `http://localhost:${config.SANDBOX_PORT}` }),
  speech: SpeechSink = NO_RTMS_STREAMS,
) {
  const app = express();
  app.disable('x-powered-by');
  app.locals.sandbox = state;
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
  app.use(speechApi(state, speech));
  app.use(clientRouter(config, state));
  return app;
}
