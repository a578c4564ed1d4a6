import { listAssignableUsers } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { userQuerySchema } from '@c360/contracts';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { actorOf } from '../../http/request.ts';

/** `GET /api/users?q=`: the signed-in user's domain's users, for a CTA's owner picker and the reports' user filter. */
export function usersRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));

  router.get('/', async (req, res) => {
    const { q } = userQuerySchema.parse(req.query);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await listAssignableUsers(prisma, actorOf(req).domainId, q));
  });

  return router;
}
