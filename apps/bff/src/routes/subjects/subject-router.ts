import type { Actor } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { SubjectKind, SubjectRef } from '@c360/contracts';
import { Router, type Request } from 'express';
import type { z } from 'zod';
import { requireGainsightUser } from '../../auth/index.ts';
import { actorOf, idOf } from '../../http/request.ts';

/** The subject a request under `/api/{companies|relationships}/:id` is about. */
export type SubjectOf = (req: Request) => SubjectRef;

/** A feature's routes under a subject (`GET /timeline`, …), written once for both kinds. */
export type SubjectRoutes = (router: Router, subjectOf: SubjectOf) => void;

/**
 * The router of one kind's subjects, to mount at `/api/companies/:id` or `/api/relationships/:id`: each
 * feature's routes, for signed-in Gainsight users only. The domain answers any id that is not one of the
 * user's domain (malformed ones included) with a 404.
 */
export function subjectRouter(prisma: PrismaClient, kind: SubjectKind, routes: readonly SubjectRoutes[]): Router {
  const router = Router({ mergeParams: true });
  router.use(requireGainsightUser(prisma));
  const subjectOf: SubjectOf = (req) => ({ kind, id: idOf(req) });
  for (const register of routes) register(router, subjectOf);
  return router;
}

/**
 * `GET …/:id/<path>`: a page of a subject's list (timeline, people, CTAs), its query parsed with the
 * list's contract; the browser revalidates before reusing it.
 */
export const subjectPage =
  <Query>(path: string, querySchema: z.ZodType<Query>, list: (actor: Actor, subject: SubjectRef, query: Query) => Promise<unknown>): SubjectRoutes =>
  (router, subjectOf) => {
    router.get(path, async (req, res) => {
      const query = querySchema.parse(req.query);
      const page = await list(actorOf(req), subjectOf(req), query);
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json(page);
    });
  };
