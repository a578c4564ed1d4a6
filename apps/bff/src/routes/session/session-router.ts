import type { PrismaClient } from '@c360/c360/store';
import { Router } from 'express';
import { requireSession } from '../../session/index.ts';
import { sessionView } from './session-view.ts';

/** At `/api/session`, `GET /`: what this browser's session is linked to. */
export function sessionRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await sessionView(requireSession(req), prisma));
  });
  return router;
}
