import { assertCan, searchSubjects } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { searchQuerySchema, type SearchResponse } from '@c360/contracts';
import { Router } from 'express';
import { gainsightUserOf, requireGainsightUser } from '../../auth/index.ts';

/** `GET /api/search?q=`: the picker's type-ahead over the user's own domain. */
export function searchRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));

  router.get('/', async (req, res) => {
    const { user, domain } = gainsightUserOf(req);
    assertCan(user, 'viewC360');
    const { q } = searchQuerySchema.parse({ q: req.query.q ?? '' });
    const body: SearchResponse = { items: await searchSubjects(prisma, { domainId: domain.id, query: q }) };
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(body);
  });

  return router;
}
