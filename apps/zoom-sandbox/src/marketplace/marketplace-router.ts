import express from 'express';
import type { SandboxConfig } from '../config.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import { signedInUser } from '../accounts/signed-in-user.ts';
import { sendPage } from '../pages/layout.ts';
import { installRedirectUri } from '../oauth/marketplace-app.ts';
import { isInstalled } from '../oauth/grants.ts';
import { marketplacePage } from './marketplace-page.ts';
import { removeApp } from './remove-app.ts';

const NOTICES: Record<string, string> = {
  removed: 'The app was removed. Zoom told the app with an app_deauthorized event.',
};

export function marketplaceRouter(config: SandboxConfig, state: SandboxState) {
  const router = express.Router();

  router.get('/marketplace', (req, res) => {
    const user = signedInUser(req);
    const notice = typeof req.query.notice === 'string' ? NOTICES[req.query.notice] : undefined;
    const installFromWebsiteUrl = new URL('/zoom/install', config.PUBLIC_URL).href;
    sendPage(res, marketplacePage({ user, installed: isInstalled(state, user.id), installFromWebsiteUrl, notice }));
  });

  // Zoom's own Add button carries no state of the app: the product must cope with that.
  router.get('/marketplace/add', (_req, res) => {
    const authorize = new URLSearchParams({
      response_type: 'code',
      client_id: config.ZOOM_CLIENT_ID,
      redirect_uri: installRedirectUri(config),
    });
    res.redirect(302, `/oauth/authorize?${authorize}`);
  });

  router.post('/marketplace/remove', async (req, res) => {
    await removeApp(config, state, signedInUser(req));
    res.redirect(303, '/marketplace?notice=removed');
  });

  return router;
}
