import {
  addComment,
  createActivity,
  deleteActivity,
  discardDraft,
  listTimeline,
  updateActivity,
  type TimelineSubject,
} from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { createActivitySchema, createCommentSchema, timelineQuerySchema, updateActivitySchema } from '@c360/contracts';
import { Router, type Response } from 'express';
import { gainsightUserOf, requireGainsightUser } from '../../auth/index.ts';
import { editedVersion, etagOf, ifMatchVersionOf } from '../../http/version-headers.ts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf, idOf, paramOf } from '../../http/request.ts';

// The version may come as If-Match instead, so the body's is optional here.
const patchBodySchema = updateActivitySchema.extend({ version: updateActivitySchema.shape.version.optional() });

function sendActivity(res: Response, status: number, activity: { version: number }): void {
  res.status(status).setHeader('ETag', etagOf(activity.version));
  res.json(activity);
}

/**
 * The timeline (SPEC §5), mounted under `/api`: pages of a company's or relationship's activities and
 * the writes on them, all for the signed-in user's domain only (any other id is a 404).
 *
 * A create retried with the same `Idempotency-Key` answers 201 again with the first activity, unchanged;
 * once that draft was discarded (`DELETE /activity-drafts/:idempotencyKey`), a create with the key is a 409.
 */
export function timelineRouter(prisma: PrismaClient): Router {
  const router = Router();
  // Per route, not `router.use`: this router shares `/api` with routes that need no Gainsight user.
  const signedIn = requireGainsightUser(prisma);

  for (const [path, kind] of [['/companies/:id/timeline', 'company'], ['/relationships/:id/timeline', 'relationship']] as const) {
    router.get(path, signedIn, async (req, res) => {
      const { user, domain } = gainsightUserOf(req);
      const { cursor, type, limit } = timelineQuerySchema.parse(req.query);
      const subject: TimelineSubject = { kind, id: idOf(req) };
      const page = await listTimeline(prisma, { domainId: domain.id, viewerId: user.id, subject, cursor, type, limit });
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json(page);
    });
  }

  router.post('/activities', signedIn, async (req, res) => {
    const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
    const input = createActivitySchema.parse(bodyOf(req));
    const activity = await createActivity(prisma, actorOf(req), input, { idempotencyKey });
    sendActivity(res, 201, activity);
  });

  router.patch('/activities/:id', signedIn, async (req, res) => {
    const ifMatch = ifMatchVersionOf(req.get('If-Match'));
    const patch = patchBodySchema.parse(bodyOf(req));
    const version = editedVersion(patch.version, ifMatch);
    const activity = await updateActivity(prisma, actorOf(req), idOf(req), { ...patch, version });
    sendActivity(res, 200, activity);
  });

  router.delete('/activities/:id', signedIn, async (req, res) => {
    await deleteActivity(prisma, actorOf(req), idOf(req));
    res.status(204).end();
  });

  // Cancel on a new activity: named by its Idempotency-Key, since its autosave may not have answered yet.
  router.delete('/activity-drafts/:idempotencyKey', signedIn, async (req, res) => {
    await discardDraft(prisma, actorOf(req), { idempotencyKey: paramOf(req, 'idempotencyKey') });
    res.status(204).end();
  });

  router.post('/activities/:id/comments', signedIn, async (req, res) => {
    const { body } = createCommentSchema.parse(bodyOf(req));
    const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
    const comment = await addComment(prisma, actorOf(req), idOf(req), { body }, { idempotencyKey });
    res.status(201).json(comment);
  });

  return router;
}
