import { readScorecard, updateMeasureScore } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { ScorecardResponse } from '@c360/contracts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf, paramOf } from '../../http/request.ts';
import type { SubjectRoutes } from '../subjects/subject-router.ts';

/**
 * The scorecard (SPEC §5): `GET …/:id/scorecard`, a company's or relationship's active scorecard, and
 * `PUT …/:id/scorecard/measures/:measureId`, the update of one measure's score or comment.
 */
export const scorecardRoutes =
  (prisma: PrismaClient): SubjectRoutes =>
  (router, subjectOf) => {
    router.get('/scorecard', async (req, res) => {
      const actor = actorOf(req);
      const scorecard = await readScorecard(prisma, { domainId: actor.domainId, subject: subjectOf(req), reader: actor });
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json({ scorecard } satisfies ScorecardResponse);
    });

    router.put('/scorecard/measures/:measureId', async (req, res) => {
      const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
      const measure = { subject: subjectOf(req), measureId: paramOf(req, 'measureId') };
      const scorecard = await updateMeasureScore(prisma, actorOf(req), { ...measure, body: bodyOf(req) }, { idempotencyKey });
      res.json({ scorecard } satisfies ScorecardResponse);
    });
  };
