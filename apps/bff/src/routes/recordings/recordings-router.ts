import { listActivityRecordings, readRecordingFileContent, searchActivityRecordings } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { actorOf, idOf } from '../../http/request.ts';

/**
 * A meeting activity's transcript and chat, mounted by the activities router at `/api/activities/:id/recordings`
 * (behind its sign-in): seen by whoever can see the activity in the signed-in user's domain; any other id is a 404.
 */
export function activityRecordingsRouter(prisma: PrismaClient): Router {
  const router = Router({ mergeParams: true });

  router.get('/', async (req, res) => {
    const recordings = await listActivityRecordings(prisma, actorOf(req), idOf(req));
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(recordings);
  });

  router.get('/search', async (req, res) => {
    const result = await searchActivityRecordings(prisma, actorOf(req), idOf(req), { q: req.query.q });
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(result);
  });

  return router;
}

/** `GET /api/recording-files/:id/download`: one transcript or chat file of an activity the signed-in user can see. */
export function recordingFilesRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));

  router.get('/:id/download', async (req, res) => {
    const file = await readRecordingFileContent(prisma, actorOf(req), idOf(req));
    res
      .status(200)
      .set({
        'Content-Type': `${file.contentType}; charset=utf-8`,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Cache-Control': 'no-store',
      })
      .send(file.content);
  });

  return router;
}
