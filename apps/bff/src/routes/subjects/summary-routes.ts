import { readSubjectSummary } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { actorOf } from '../../http/request.ts';
import type { SubjectRoutes } from './subject-router.ts';

/** `GET /api/{companies|relationships}/:id`: the subject at a glance (the sidebar's account header). */
export const summaryRoutes =
  (prisma: PrismaClient): SubjectRoutes =>
  (router, subjectOf) => {
    router.get('/', async (req, res) => {
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json(await readSubjectSummary(prisma, actorOf(req), subjectOf(req)));
    });
  };
