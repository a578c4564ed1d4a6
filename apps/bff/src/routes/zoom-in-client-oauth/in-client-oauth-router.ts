import { AppError } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { zoomAuthorizedRequestSchema, type ZoomAuthorizeResponse } from '@c360/contracts';
import { Router } from 'express';
import type { Config } from '../../config.ts';
import { requireSession } from '../../session/index.ts';
import { linkZoomUser, zoomLaunchOf } from '../../zoom/app-context-session.ts';
import { completeInstall } from '../../zoom/install-user.ts';
import { exchangeCode } from '../../zoom/oauth-client.ts';
import { sessionView } from '../session/session-view.ts';
import { rememberPendingAuthorization, takePendingAuthorization } from './pending-authorization.ts';
import { codeChallengeOf, newCodeVerifier, newState } from './pkce.ts';

/**
 * In-client OAuth (notes/zoom-platform.md §3), at `/api/zoom`: `GET /api/zoom/authorize` issues what the sidebar hands
 * to `zoomSdk.authorize()`; `POST /api/zoom/authorized` receives `onAuthorized`'s code and installs.
 */
export function inClientOAuthRouter(config: Config, prisma: PrismaClient): Router {
  const router = Router();

  router.get('/authorize', async (req, res) => {
    const session = requireSession(req);
    // Only a page the Zoom client opened (a verified app context) can authorize in the client.
    if (!zoomLaunchOf(session)) {
      throw new AppError('UNAUTHENTICATED', 'Open the app from Zoom before authorizing it.');
    }
    const state = newState();
    const codeVerifier = newCodeVerifier();
    rememberPendingAuthorization(session, state, codeVerifier);
    await session.save();
    const body: ZoomAuthorizeResponse = { codeChallenge: codeChallengeOf(codeVerifier, config.ZOOM_IN_CLIENT_PKCE_METHOD), state };
    res.setHeader('Cache-Control', 'no-store');
    res.json(body);
  });

  router.post('/authorized', async (req, res) => {
    const { code, state, redirectUri } = zoomAuthorizedRequestSchema.parse(req.body);
    const session = requireSession(req);
    let codeVerifier: string;
    try {
      codeVerifier = takePendingAuthorization(session, state);
    } finally {
      if (session.isPersisted) await session.save();
    }
    // Zoom redirects in-client authorizations to the page that called authorize(), i.e. one of ours.
    if (new URL(redirectUri).origin !== config.PUBLIC_ORIGIN) {
      throw new AppError('VALIDATION', 'The redirect URI must be a page of this app.', {
        errors: [{ path: 'redirectUri', message: `must be on ${config.PUBLIC_ORIGIN}` }],
      });
    }
    const tokens = await exchangeCode(config, { code, redirectUri, codeVerifier });
    const { zoomUserId } = await completeInstall({ config, prisma }, tokens);
    await linkZoomUser(session, zoomUserId);
    res.json(await sessionView(session, prisma));
  });

  return router;
}
