import { addPerson, listPeople, type PeopleSubject } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { peopleQuerySchema } from '@c360/contracts';
import { Router } from 'express';
import { gainsightUserOf, requireGainsightUser } from '../../auth/index.ts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf, idOf } from '../../http/request.ts';

/**
 * People (SPEC §5), mounted under `/api`: pages of a company's or relationship's people, and adding one
 * (Full licence). Every read and write is scoped to the signed-in user's domain; any other id is a 404.
 * An add that links a person already known by e-mail answers 200 instead of 201; a retry with the add's
 * `Idempotency-Key` answers as the first add did.
 */
export function peopleRouter(prisma: PrismaClient): Router {
  const router = Router();
  // Per route, not `router.use`: this router shares `/api` with routes that need no Gainsight user.
  const signedIn = requireGainsightUser(prisma);

  for (const [path, kind] of [['/companies/:id/people', 'company'], ['/relationships/:id/people', 'relationship']] as const) {
    router.get(path, signedIn, async (req, res) => {
      const { domain } = gainsightUserOf(req);
      const { cursor, limit, personIds } = peopleQuerySchema.parse(req.query);
      const subject: PeopleSubject = { kind, id: idOf(req) };
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json(await listPeople(prisma, { domainId: domain.id, subject, cursor, limit, personIds }));
    });
  }

  router.post('/people', signedIn, async (req, res) => {
    // The domain checks the licence before it parses the body with `addPersonSchema`: a Viewer learns
    // why they may not, rather than which field is wrong.
    const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
    const person = await addPerson(prisma, actorOf(req), bodyOf(req), { idempotencyKey });
    res.status(person.created ? 201 : 200).json(person);
  });

  return router;
}
