import { upsertCompanies, upsertPeople, upsertRelationships, type RateLimit, type RateLimiter } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import express, { Router } from 'express';
import { apiNotFound } from '../../http/error-handler.ts';
import { bodyOf } from '../../http/request.ts';
import { apiCallerOf, requireApiKey } from './api-key-auth.ts';

export interface ApiV1Deps {
  prisma: PrismaClient;
  rateLimiter: RateLimiter;
  /** Per key. */
  rateLimit: RateLimit;
  /** The JSON body limit of the rest of the API. */
  jsonBodyLimit: string;
}

/**
 * `/api/v1`: the domain API for integrations (issue 17), called with an API key that acts for its domain. The
 * key is checked before the body is read, so a caller without one learns nothing of the body's shape.
 */
export function apiV1Router({ prisma, rateLimiter, rateLimit, jsonBodyLimit }: ApiV1Deps): Router {
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
  router.use(apiNotFound);
  return router;
}
