import { searchSubjects } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { SearchResponse } from '@c360/contracts';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { actorOf } from '../../http/request.ts';

/** `GET /api/search?q=`: the picker's type-ahead over the user's own domain. */
export function searchRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));

  router.get('/', async (req, res) => {
    const body: SearchResponse = { items: await searchSubjects(prisma, { reader: actorOf(req), query: req.query.q ?? '' }) };
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(body);
  });

  return router;
}
