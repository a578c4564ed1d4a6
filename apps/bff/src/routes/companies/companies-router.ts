import { readCompanySummary } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { actorOf, idOf } from '../../http/request.ts';

/** `/api/companies/:id`: companies of the signed-in user's domain only; any other id is a 404. */
export function companiesRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));

  router.get('/:id', async (req, res) => {
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await readCompanySummary(prisma, actorOf(req), idOf(req)));
  });

  return router;
}
