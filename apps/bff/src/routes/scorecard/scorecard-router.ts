import { readScorecard, updateMeasureScore } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { updateMeasureSchema, type ScorecardResponse } from '@c360/contracts';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf, idOf, paramOf } from '../../http/request.ts';

/**
 * The scorecard (SPEC §5), mounted under `/api`: a company's or relationship's active scorecard and the
 * update of one measure's score or comment, for the signed-in user's domain only (any other id is a 404).
 */
export function scorecardRouter(prisma: PrismaClient): Router {
  const router = Router();
  // Per route, not `router.use`: this router shares `/api` with routes that need no Gainsight user.
  const signedIn = requireGainsightUser(prisma);

  for (const [collection, kind] of [['companies', 'company'], ['relationships', 'relationship']] as const) {
    router.get(`/${collection}/:id/scorecard`, signedIn, async (req, res) => {
      const subject = { kind, id: idOf(req) };
      const actor = actorOf(req);
      const scorecard = await readScorecard(prisma, { domainId: actor.domainId, subject, reader: actor });
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json({ scorecard } satisfies ScorecardResponse);
    });

    router.put(`/${collection}/:id/scorecard/measures/:measureId`, signedIn, async (req, res) => {
      const { score, comment } = updateMeasureSchema.parse(bodyOf(req));
      const subject = { kind, id: idOf(req) };
      const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
      const update = { subject, measureId: paramOf(req, 'measureId'), score, comment };
      const scorecard = await updateMeasureScore(prisma, actorOf(req), update, { idempotencyKey });
      res.json({ scorecard } satisfies ScorecardResponse);
    });
  }
  return router;
}
