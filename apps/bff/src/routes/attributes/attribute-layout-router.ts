import { assertCan, readAttributeLayout, saveAttributeLayout } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { saveAttributeLayoutSchema } from '@c360/contracts';
import { Router } from 'express';
import { gainsightUserOf, requireGainsightUser } from '../../auth/index.ts';

/** `/api/admin/attribute-layout`: the tenant admin's choice and order of the attributes the Zoom app shows. */
export function attributeLayoutRouter(prisma: PrismaClient): Router {
  const router = Router();
  const signedIn = requireGainsightUser(prisma);

  router.get('/attribute-layout', signedIn, async (req, res) => {
    const { user, domain } = gainsightUserOf(req);
    assertCan(user, 'administer');
    res.setHeader('Cache-Control', 'no-store');
    res.json(await readAttributeLayout(prisma, domain.id));
  });

  router.put('/attribute-layout', signedIn, async (req, res) => {
    const { user, domain } = gainsightUserOf(req);
    const input = saveAttributeLayoutSchema.parse(req.body ?? {});
    res.json(await saveAttributeLayout(prisma, { id: user.id, domainId: domain.id, licence: user.licence, isAdmin: user.isAdmin }, input));
  });

  return router;
}
