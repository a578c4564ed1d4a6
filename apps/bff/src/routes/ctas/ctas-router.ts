import { createCta, listCtas, updateCta } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { ctaQuerySchema } from '@c360/contracts';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf, idOf } from '../../http/request.ts';
import { subjectPage, type SubjectRoutes } from '../subjects/subject-router.ts';

/** `GET …/:id/ctas`: pages of a company's or relationship's CTAs (follow-up tasks). */
export const ctasRoutes = (prisma: PrismaClient): SubjectRoutes =>
  subjectPage('/ctas', ctaQuerySchema, (actor, subject, query) => listCtas(prisma, { domainId: actor.domainId, viewerId: actor.id, subject, ...query }));

/**
 * `/api/ctas`: creating a CTA (from an activity or for a subject) and closing, reopening or editing one,
 * in the signed-in user's domain only (any other id is a 404). Writes need a Full licence, which the domain
 * checks before it parses the body, so a Viewer learns why they may not rather than which field is wrong.
 * A create may carry an `Idempotency-Key`: its retry answers the first CTA.
 */
export function ctasRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));

  router.post('/', async (req, res) => {
    const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
    res.status(201).json(await createCta(prisma, actorOf(req), bodyOf(req), { idempotencyKey }));
  });

  router.patch('/:id', async (req, res) => {
    res.json(await updateCta(prisma, actorOf(req), idOf(req), bodyOf(req)));
  });

  return router;
}
