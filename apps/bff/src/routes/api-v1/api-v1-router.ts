import {
  bulkJobResults,
  readBulkJob,
  startBulkJob,
  upsertActivities,
  upsertCompanies,
  upsertCtas,
  upsertPeople,
  upsertRelationships,
  upsertTickets,
  type RateLimit,
  type RateLimiter,
} from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { domainApiEndpoints } from '@c360/contracts';
import express, { Router } from 'express';
import { sendAttachment } from '../../http/attachment.ts';
import { apiNotFound } from '../../http/error-handler.ts';
import { bodyOf, idOf } from '../../http/request.ts';
import type { Logger } from '../../logger.ts';
import { charsetOf, runImportLater } from '../admin/imports-router.ts';
import { apiCallerOf, requireApiKey } from './api-key-auth.ts';

export interface ApiV1Deps {
  prisma: PrismaClient;
  rateLimiter: RateLimiter;
  /** Per key. */
  rateLimit: RateLimit;
  /** The JSON body limit of the rest of the API. */
  jsonBodyLimit: string;
  /** Where a bulk job's failure of ours is told. */
  logger: Logger;
}

/**
 * `/api/v1`: the domain API for integrations (issue 17), called with an API key that acts for its domain. The
 * key is checked before the body is read, so a caller without one learns nothing of the body's shape.
 * `POST /bulk/:object` takes an import file as the body (as `/api/admin/imports` does) and runs it in the
 * background; `GET /bulk/:id` follows it and `GET /bulk/:id/results` downloads its refused rows.
 */
export function apiV1Router({ prisma, rateLimiter, rateLimit, jsonBodyLimit, logger }: ApiV1Deps): Router {
  const router = Router();
  router.use(requireApiKey(prisma, rateLimiter, rateLimit));
  router.use(express.json({ limit: jsonBodyLimit }));
  router.post('/companies', async (req, res) => {
    res.json(await upsertCompanies(prisma, apiCallerOf(req), bodyOf(req)));
  });
  router.post('/people', async (req, res) => {
    res.json(await upsertPeople(prisma, apiCallerOf(req), bodyOf(req)));
  });
  router.post('/relationships', async (req, res) => {
    res.json(await upsertRelationships(prisma, apiCallerOf(req), bodyOf(req)));
  });
  router.post('/ctas', async (req, res) => res.json(await upsertCtas(prisma, apiCallerOf(req), bodyOf(req))));
  router.post('/tickets', async (req, res) => res.json(await upsertTickets(prisma, apiCallerOf(req), bodyOf(req))));
  router.post('/activities', async (req, res) => res.json(await upsertActivities(prisma, apiCallerOf(req), bodyOf(req))));
  router.post('/bulk/:object', async (req, res) => {
    const { object } = domainApiEndpoints.startBulkJob.params.parse(req.params);
    const started = await startBulkJob(prisma, apiCallerOf(req), object, req, charsetOf(req));
    res.status(202).json(started);
    runImportLater(prisma, logger, started.id);
  });
  router.get('/bulk/:id', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await readBulkJob(prisma, apiCallerOf(req), idOf(req)));
  });
  router.get('/bulk/:id/results', async (req, res) => {
    const csv = await bulkJobResults(prisma, apiCallerOf(req), idOf(req));
    await sendAttachment(res, { contentType: 'text/csv; charset=utf-8', filename: `bulk-job-${idOf(req)}-results.csv` }, [csv]);
  });
  router.use(apiNotFound);
  return router;
}
