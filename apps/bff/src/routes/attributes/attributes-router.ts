import { readAttributes, updateAttributes } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { updateAttributesSchema, type CompanyAttributes } from '@c360/contracts';
import { Router, type Response } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf, idOf } from '../../http/request.ts';
import { editedVersion, etagOf, ifMatchVersionOf } from '../../http/version-headers.ts';

// The version may come as If-Match instead, so the body's is optional here.
const patchBodySchema = updateAttributesSchema.extend({ version: updateAttributesSchema.shape.version.optional() });

function sendAttributes(res: Response, attributes: CompanyAttributes): void {
  res.setHeader('ETag', etagOf(attributes.version));
  // The ETag is the company's attribute version, for If-Match; the admin's layout can change the answer
  // without changing it, so a revalidation (If-None-Match → 304) would serve a stale layout.
  res.setHeader('Cache-Control', 'no-store');
  res.json(attributes);
}

/** A company's attributes (SPEC §5), mounted under `/api`, for the signed-in user's domain only. */
export function attributesRouter(prisma: PrismaClient): Router {
  const router = Router();
  // Per route, not `router.use`: this router shares `/api` with routes that need no Gainsight user.
  const signedIn = requireGainsightUser(prisma);

  router.get('/companies/:id/attributes', signedIn, async (req, res) => {
    sendAttributes(res, await readAttributes(prisma, actorOf(req), idOf(req)));
  });

  router.patch('/companies/:id/attributes', signedIn, async (req, res) => {
    const ifMatch = ifMatchVersionOf(req.get('If-Match'));
    const { values, version } = patchBodySchema.parse(bodyOf(req));
    const idempotencyKey = idempotencyKeyOf(req.get('Idempotency-Key'));
    const edit = { values, version: editedVersion(version, ifMatch) };
    const attributes = await updateAttributes(prisma, actorOf(req), idOf(req), edit, { idempotencyKey });
    sendAttributes(res, attributes);
  });

  return router;
}
