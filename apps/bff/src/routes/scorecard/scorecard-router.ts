import { readScorecard, updateMeasureScore, type ScorecardActor, type SignedIn } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { updateMeasureSchema, type ScorecardResponse } from '@c360/contracts';
import { Router, type Request } from 'express';
import { gainsightUserOf, requireGainsightUser } from '../../auth/index.ts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';

const actorOf = ({ user, domain }: SignedIn): ScorecardActor => ({ id: user.id, domainId: domain.id, licence: user.licence, isAdmin: user.isAdmin });

/** A route parameter; the domain answers anything that is not one of the domain's ids with a 404. */
const paramOf = (req: Request, name: 'id' | 'measureId'): string => {
  const value = req.params[name];
  return typeof value === 'string' ? value : '';
};

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
      const signedInUser = gainsightUserOf(req);
      const subject = { kind, id: paramOf(req, 'id') };
      const actor = actorOf(signedInUser);
      const scorecard = await readScorecard(prisma, { domainId: actor.domainId, subject, reader: actor });
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json({ scorecard } satisfies ScorecardResponse);
    });

    router.put(`/${collection}/:id/scorecard/measures/:measureId`, signedIn, async (req, res) => {
      // A request without a JSON body parses as `{}`, so the schema names what is missing.
      const { score, comment } = updateMeasureSchema.parse(req.body ?? {});
      const subject = { kind, id: paramOf(req, 'id') };
      const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
      const update = { subject, measureId: paramOf(req, 'measureId'), score, comment };
      const scorecard = await updateMeasureScore(prisma, actorOf(gainsightUserOf(req)), update, { idempotencyKey });
      res.json({ scorecard } satisfies ScorecardResponse);
    });
  }
  return router;
}
