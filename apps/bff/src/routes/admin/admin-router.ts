import { readZoomAccess, updateZoomAccess } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { actorOf, bodyOf } from '../../http/request.ts';

/** `/api/admin/zoom-access`: the tenant admin's choice of who may use the Zoom app. */
export function adminRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));

  router.get('/zoom-access', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await readZoomAccess(prisma, actorOf(req)));
  });

  router.put('/zoom-access', async (req, res) => {
    res.json(await updateZoomAccess(prisma, actorOf(req), bodyOf(req)));
  });

  return router;
}
