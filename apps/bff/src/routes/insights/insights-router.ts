import { readInsights } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Insights } from '@c360/contracts';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { actorOf, idOf } from '../../http/request.ts';

/**
 * Customer insights (issue 7), mounted under `/api`: `GET /{companies|relationships}/:id/insights` for the
 * signed-in user's domain only; any other id, malformed ones included, is a 404.
 */
export function insightsRouter(prisma: PrismaClient): Router {
  const router = Router();
  // Per route, not `router.use`: this router shares `/api` with routes that need no Gainsight user.
  const signedIn = requireGainsightUser(prisma);

  for (const [collection, kind] of [['companies', 'company'], ['relationships', 'relationship']] as const) {
    router.get(`/${collection}/:id/insights`, signedIn, async (req, res) => {
      const insights = await readInsights(prisma, { reader: actorOf(req), subject: { kind, id: idOf(req) } });
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json(insights satisfies Insights);
    });
  }
  return router;
}
