import { readAttributeLayout, saveAttributeLayout } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { actorOf, bodyOf } from '../../http/request.ts';

/** `/api/admin/attribute-layout`: the tenant admin's choice and order of the attributes the Zoom app shows, and their bounds. */
export function attributeLayoutRouter(prisma: PrismaClient): Router {
  const router = Router();
  const signedIn = requireGainsightUser(prisma);

  router.get('/attribute-layout', signedIn, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await readAttributeLayout(prisma, actorOf(req)));
  });

  router.put('/attribute-layout', signedIn, async (req, res) => {
    res.json(await saveAttributeLayout(prisma, actorOf(req), bodyOf(req)));
  });

  return router;
}
