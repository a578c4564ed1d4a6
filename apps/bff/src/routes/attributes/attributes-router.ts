import { readAttributes, updateAttributes } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { CompanyAttributes } from '@c360/contracts';
import type { Response } from 'express';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf, idOf } from '../../http/request.ts';
import { etagOf, ifMatchVersionOf } from '../../http/version-headers.ts';
import type { SubjectRoutes } from '../subjects/subject-router.ts';

function sendAttributes(res: Response, attributes: CompanyAttributes): void {
  res.setHeader('ETag', etagOf(attributes.version));
  // The ETag is the company's attribute version, for If-Match; the admin's layout can change the answer
  // without changing it, so a revalidation (If-None-Match → 304) would serve a stale layout.
  res.setHeader('Cache-Control', 'no-store');
  res.json(attributes);
}

/** `/api/companies/:id/attributes` (SPEC §5): a company's attributes; an edit's version may come as If-Match. */
export const attributesRoutes =
  (prisma: PrismaClient): SubjectRoutes =>
  (router) => {
    router.get('/attributes', async (req, res) => {
      sendAttributes(res, await readAttributes(prisma, actorOf(req), idOf(req)));
    });

    router.patch('/attributes', async (req, res) => {
      const ifMatch = ifMatchVersionOf(req.get('If-Match'));
      const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
      sendAttributes(res, await updateAttributes(prisma, actorOf(req), idOf(req), bodyOf(req), { idempotencyKey, ifMatch }));
    });
  };
