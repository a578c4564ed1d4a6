import { createCta, listAssignableUsers, listCtas, updateCta, type CtaListSubject } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { ctaQuerySchema, userQuerySchema } from '@c360/contracts';
import { Router } from 'express';
import { gainsightUserOf, requireGainsightUser } from '../../auth/index.ts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf, idOf } from '../../http/request.ts';

/**
 * CTAs (follow-up tasks), mounted under `/api`: pages of a company's or relationship's CTAs, creating one
 * (from an activity or for a subject) and closing, reopening or editing one, plus the domain's users an
 * owner picker offers. Every read and write is scoped to the signed-in user's domain (any other id is a
 * 404); writes need a Full licence, which the domain checks before it parses the body, so a Viewer
 * learns why they may not rather than which field is wrong.
 * A create may carry an `Idempotency-Key`: its retry answers the first CTA.
 */
export function ctasRouter(prisma: PrismaClient): Router {
  const router = Router();
  // Per route, not `router.use`: this router shares `/api` with routes that need no Gainsight user.
  const signedIn = requireGainsightUser(prisma);

  for (const [path, kind] of [['/companies/:id/ctas', 'company'], ['/relationships/:id/ctas', 'relationship']] as const) {
    router.get(path, signedIn, async (req, res) => {
      const { user, domain } = gainsightUserOf(req);
      const { cursor, limit, status, activityId } = ctaQuerySchema.parse(req.query);
      const subject: CtaListSubject = { kind, id: idOf(req) };
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json(await listCtas(prisma, { domainId: domain.id, viewerId: user.id, subject, cursor, limit, status, activityId }));
    });
  }

  router.post('/ctas', signedIn, async (req, res) => {
    const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
    res.status(201).json(await createCta(prisma, actorOf(req), bodyOf(req), { idempotencyKey }));
  });

  router.patch('/ctas/:id', signedIn, async (req, res) => {
    res.json(await updateCta(prisma, actorOf(req), idOf(req), bodyOf(req)));
  });

  router.get('/users', signedIn, async (req, res) => {
    const { domain } = gainsightUserOf(req);
    const { q } = userQuerySchema.parse(req.query);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await listAssignableUsers(prisma, domain.id, q));
  });

  return router;
}
