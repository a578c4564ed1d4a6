import { addComment, createActivity, deleteActivity, discardDraft, listTimeline, updateActivity } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { timelineQuerySchema } from '@c360/contracts';
import { Router, type Response } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { etagOf, ifMatchVersionOf } from '../../http/version-headers.ts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf, idOf, paramOf } from '../../http/request.ts';
import { subjectPage, type SubjectRoutes } from '../subjects/subject-router.ts';
import { activityRecordingsRouter } from '../recordings/recordings-router.ts';

function sendActivity(res: Response, status: number, activity: { version: number }): void {
  res.status(status).setHeader('ETag', etagOf(activity.version));
  res.json(activity);
}

/** `GET …/:id/timeline` (SPEC §5): pages of a company's or relationship's activities. */
export const timelineRoutes = (prisma: PrismaClient): SubjectRoutes =>
  subjectPage('/timeline', timelineQuerySchema, (actor, subject, query) =>
    listTimeline(prisma, { domainId: actor.domainId, viewerId: actor.id, subject, ...query }),
  );

/**
 * `/api/activities` (SPEC §5): the writes on the timeline's activities, their comments and recordings, for the
 * signed-in user's domain only (any other id is a 404). A create retried with the same `Idempotency-Key`
 * answers 201 again with the first activity, unchanged; once that draft was discarded
 * (`DELETE /api/activity-drafts/:idempotencyKey`), a create with the key is a 409. An edit's version may
 * come as If-Match instead of in the body.
 */
export function activitiesRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));

  router.post('/', async (req, res) => {
    const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
    sendActivity(res, 201, await createActivity(prisma, actorOf(req), bodyOf(req), { idempotencyKey }));
  });

  router.patch('/:id', async (req, res) => {
    const ifMatch = ifMatchVersionOf(req.get('If-Match'));
    sendActivity(res, 200, await updateActivity(prisma, actorOf(req), idOf(req), bodyOf(req), { ifMatch }));
  });

  router.delete('/:id', async (req, res) => {
    await deleteActivity(prisma, actorOf(req), idOf(req));
    res.status(204).end();
  });

  router.post('/:id/comments', async (req, res) => {
    const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
    res.status(201).json(await addComment(prisma, actorOf(req), idOf(req), bodyOf(req), { idempotencyKey }));
  });

  router.use('/:id/recordings', activityRecordingsRouter(prisma));
  return router;
}

/** `DELETE /api/activity-drafts/:idempotencyKey`: cancel on a new activity, named by its key since its autosave may not have answered yet. */
export function activityDraftsRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));
  router.delete('/:idempotencyKey', async (req, res) => {
    await discardDraft(prisma, actorOf(req), { idempotencyKey: paramOf(req, 'idempotencyKey') });
    res.status(204).end();
  });
  return router;
}
