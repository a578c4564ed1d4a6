import { readDomainSettings, updateDomainSettings } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { actorOf, bodyOf } from '../../http/request.ts';

/** `/api/admin/settings`: the tenant admin's domain-wide settings of the Zoom app (the meeting log mode). */
export function settingsRouter(prisma: PrismaClient): Router {
  const router = Router();
  // Per route, not `router.use`: this router shares `/api/admin` with the other admin routers.
  const signedIn = requireGainsightUser(prisma);

  router.get('/settings', signedIn, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await readDomainSettings(prisma, actorOf(req)));
  });

  router.put('/settings', signedIn, async (req, res) => {
    res.json(await updateDomainSettings(prisma, actorOf(req), bodyOf(req)));
  });

  return router;
}
