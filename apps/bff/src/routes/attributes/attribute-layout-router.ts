import { readAttributeLayout, saveAttributeLayout } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router } from 'express';
import { gainsightUserOf, requireGainsightUser } from '../../auth/index.ts';
import { editorOf } from './attribute-editor-of.ts';

/** `/api/admin/attribute-layout`: the tenant admin's choice and order of the attributes the Zoom app shows, and their bounds. */
export function attributeLayoutRouter(prisma: PrismaClient): Router {
  const router = Router();
  const signedIn = requireGainsightUser(prisma);

  router.get('/attribute-layout', signedIn, async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await readAttributeLayout(prisma, editorOf(gainsightUserOf(req))));
  });

  router.put('/attribute-layout', signedIn, async (req, res) => {
    // A request without a JSON body parses as `{}`, so the domain's schema names what is missing.
    res.json(await saveAttributeLayout(prisma, editorOf(gainsightUserOf(req)), req.body ?? {}));
  });

  return router;
}
