import { createApiKey, listApiKeys, revokeApiKey } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router } from 'express';
import { idempotencyKeyOf } from '../../http/idempotency-key.ts';
import { actorOf, bodyOf, idOf } from '../../http/request.ts';

/**
 * `/api/admin/api-keys` (tenant admins, behind the admin router's sign-in): `POST /` makes a key and answers it
 * this once (201; a retry with its Idempotency-Key gets the same key record with a new secret), `GET /` lists the domain's keys without them, `DELETE /:id` revokes one (204; another
 * domain's key is a 404).
 */
export function apiKeysRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json(await createApiKey(prisma, actorOf(req), bodyOf(req), { idempotencyKey: idempotencyKeyOf(req.get('Idempotency-Key')) }));
  });
  router.get('/', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await listApiKeys(prisma, actorOf(req)));
  });
  router.delete('/:id', async (req, res) => {
    await revokeApiKey(prisma, actorOf(req), idOf(req));
    res.status(204).end();
  });
  return router;
}
