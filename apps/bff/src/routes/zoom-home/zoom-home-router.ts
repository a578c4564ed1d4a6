import type { SessionStore } from '@c360/c360';
import { Router } from 'express';
import { resumeZoomUser } from '../../auth/resume-zoom-user.ts';
import type { Config } from '../../config.ts';
import { requireSession } from '../../session/index.ts';
import { decryptAppContext } from '../../zoom/app-context.ts';
import { linkAppContext, zoomLaunchOf } from '../../zoom/app-context-session.ts';
import { sendSidebarIndex } from '../sidebar.ts';
import { sendContextRejectedPage } from './context-rejected-page.ts';

type HomeConfig = Pick<Config, 'ZOOM_CLIENT_ID' | 'ZOOM_CLIENT_SECRET' | 'SIDEBAR_DIST'>;

/**
 * `GET /zoom/home`, the Home URL: only the Zoom client's request carries `x-zoom-app-context`, so
 * this is where the embedded browser's session learns its Zoom user and meeting.
 *
 * A reload of the page inside Zoom (or after the embedded browser's renderer crashed) comes without the
 * header; a session that a verified context already linked gets the sidebar again, so a half-written
 * draft is back at once. Anything else without a valid header is refused.
 */
export function zoomHomeRouter(config: HomeConfig, sessionStore: SessionStore): Router {
  const router = Router();
  router.get('/zoom/home', async (req, res) => {
    const keys = { clientId: config.ZOOM_CLIENT_ID, clientSecret: config.ZOOM_CLIENT_SECRET };
    const result = decryptAppContext(req.get('x-zoom-app-context'), keys);
    if (!result.ok && result.reason === 'missing' && zoomLaunchOf(requireSession(req))) {
      sendSidebarIndex(config.SIDEBAR_DIST, res);
      return;
    }
    if (!result.ok) {
      req.log.warn({ reason: result.reason }, 'refused the Zoom app context of a Home URL load');
      sendContextRejectedPage(res);
      return;
    }
    await linkAppContext(requireSession(req), result.context);
    await resumeZoomUser(requireSession(req), sessionStore);
    sendSidebarIndex(config.SIDEBAR_DIST, res);
  });
  return router;
}
