import { addPerson, listPeople } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { peopleQuerySchema } from '@c360/contracts';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf } from '../../http/request.ts';
import { subjectPage, type SubjectRoutes } from '../subjects/subject-router.ts';

/** `GET …/:id/people` (SPEC §5): pages of a company's or relationship's people. */
export const peopleRoutes = (prisma: PrismaClient): SubjectRoutes =>
  subjectPage('/people', peopleQuerySchema, (actor, subject, query) => listPeople(prisma, { domainId: actor.domainId, subject, ...query }));

/**
 * `POST /api/people` (SPEC §5): adding a person to a company or relationship of the signed-in user's domain
 * (Full licence). An add that links a person already known by e-mail answers 200 instead of 201; a retry
 * with the add's `Idempotency-Key` answers as the first add did.
 */
export function peopleRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));

  router.post('/', async (req, res) => {
    const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
    const person = await addPerson(prisma, actorOf(req), bodyOf(req), { idempotencyKey });
    res.status(person.created ? 201 : 200).json(person);
  });

  return router;
}
