import { readInsights } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { Insights } from '@c360/contracts';
import { actorOf } from '../../http/request.ts';
import type { SubjectRoutes } from '../subjects/subject-router.ts';

/** `GET …/:id/insights`: customer insights (issue 7) of a company or relationship. */
export const insightsRoutes =
  (prisma: PrismaClient): SubjectRoutes =>
  (router, subjectOf) => {
    router.get('/insights', async (req, res) => {
      const insights = await readInsights(prisma, { reader: actorOf(req), subject: subjectOf(req) });
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json(insights satisfies Insights);
    });
  };
