import { AppError } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { zoomContextRequestSchema } from '@c360/contracts';
import { Router } from 'express';
import type { Config } from '../../config.ts';
import { requireSession } from '../../session/index.ts';
import { decryptAppContext } from '../../zoom/app-context.ts';
import { linkAppContext } from '../../zoom/app-context-session.ts';
import { sessionView } from '../session/session-view.ts';

type ContextConfig = Pick<Config, 'ZOOM_CLIENT_ID' | 'ZOOM_CLIENT_SECRET'>;

/** At `/api/zoom/context`, `POST /`: the same verification as the Home URL, for a `getAppContext()` value. */
export function zoomContextRouter(config: ContextConfig, prisma: PrismaClient): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    const { context } = zoomContextRequestSchema.parse(req.body);
    const keys = { clientId: config.ZOOM_CLIENT_ID, clientSecret: config.ZOOM_CLIENT_SECRET };
    const result = decryptAppContext(context, keys);
    if (!result.ok) {
      req.log.warn({ reason: result.reason }, 'refused a Zoom app context');
      throw new AppError('UNAUTHENTICATED', 'The Zoom app context is missing, expired or not valid. Reopen the app from Zoom.', {
        details: { reason: result.reason },
      });
    }
    const session = requireSession(req);
    await linkAppContext(session, result.context);
    res.json(await sessionView(session, prisma));
  });
  return router;
}
