import { readCompanySummary } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { actorOf, idOf } from '../../http/request.ts';
import type { SubjectRoutes } from '../subjects/subject-router.ts';

/** `GET /api/companies/:id`: a company's summary. */
export const companySummaryRoutes =
  (prisma: PrismaClient): SubjectRoutes =>
  (router) => {
    router.get('/', async (req, res) => {
      res.setHeader('Cache-Control', 'private, no-cache');
      res.json(await readCompanySummary(prisma, actorOf(req), idOf(req)));
    });
  };
