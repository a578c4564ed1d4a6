import { listActivityRecordings, readRecordingFileContent, searchActivityRecordings } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { actorOf, idOf } from '../../http/request.ts';

/**
 * A meeting activity's transcript and chat (mounted under `/api`), seen by whoever can see the activity
 * in the signed-in user's domain; any other id is a 404.
 */
export function recordingsRouter(prisma: PrismaClient): Router {
  const router = Router();
  // Per route, not `router.use`: this router shares `/api` with routes that need no Gainsight user.
  const signedIn = requireGainsightUser(prisma);

  router.get('/activities/:id/recordings', signedIn, async (req, res) => {
    const recordings = await listActivityRecordings(prisma, actorOf(req), idOf(req));
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(recordings);
  });

  router.get('/activities/:id/recordings/search', signedIn, async (req, res) => {
    const result = await searchActivityRecordings(prisma, actorOf(req), idOf(req), { q: req.query.q });
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(result);
  });

  router.get('/recording-files/:id/download', signedIn, async (req, res) => {
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
