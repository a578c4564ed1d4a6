import { assertCan, readZoomAccess, updateZoomAccess } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { updateZoomAccessSchema } from '@c360/contracts';
import { Router } from 'express';
import { gainsightUserOf, requireGainsightUser } from '../../auth/index.ts';

/** `/api/admin/zoom-access`: the tenant admin's choice of who may use the Zoom app. */
export function adminRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));
  router.use((req, _res, next) => {
    assertCan(gainsightUserOf(req).user, 'administer');
    next();
  });

  router.get('/zoom-access', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await readZoomAccess(prisma, gainsightUserOf(req).domain.id));
  });

  router.put('/zoom-access', async (req, res) => {
    const input = updateZoomAccessSchema.parse(req.body);
    const { user, domain } = gainsightUserOf(req);
    res.json(await updateZoomAccess(prisma, { userId: user.id, domainId: domain.id }, input));
  });

  return router;
}
