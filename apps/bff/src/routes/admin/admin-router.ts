import {
  exportDomain,
  readAttributeLayout,
  readDomainSettings,
  readZoomAccess,
  saveAttributeLayout,
  updateDomainSettings,
  updateZoomAccess,
  type Actor,
} from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { Router } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { sendAttachment } from '../../http/attachment.ts';
import { actorOf, bodyOf } from '../../http/request.ts';
import { apiKeysRouter } from './api-keys-router.ts';
import type { Logger } from '../../logger.ts';
import { importsRouter } from './imports-router.ts';

/** What an admin setting is to the domain: a read, and a write that parses the body and checks the admin. */
interface AdminSetting {
  read: (prisma: PrismaClient, admin: Actor) => Promise<unknown>;
  write: (prisma: PrismaClient, admin: Actor, input: unknown) => Promise<unknown>;
}

/** `GET /` answers the setting (never cached: another admin may change it), `PUT /` replaces it and answers it. */
function settingRouter(prisma: PrismaClient, { read, write }: AdminSetting): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await read(prisma, actorOf(req)));
  });
  router.put('/', async (req, res) => {
    res.json(await write(prisma, actorOf(req), bodyOf(req)));
  });
  return router;
}

/**
 * `/api/admin`: the tenant admin's settings of the Zoom app, each at its own path: `attribute-layout` (the
 * choice and order of the attributes it shows, and their bounds), `settings` (domain-wide, e.g. the meeting
 * log mode), `zoom-access` (who may use it), `api-keys` (the domain API's access keys) and `imports` (CSV files
 * of the team's own data); and `GET /export?format=zip|jsonl`, the domain's data as a download streamed as it is
 * read (issue 17).
 */
export function adminRouter(prisma: PrismaClient, logger: Logger): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));
  router.use('/attribute-layout', settingRouter(prisma, { read: readAttributeLayout, write: saveAttributeLayout }));
  router.use('/settings', settingRouter(prisma, { read: readDomainSettings, write: updateDomainSettings }));
  router.use('/zoom-access', settingRouter(prisma, { read: readZoomAccess, write: updateZoomAccess }));
  router.use('/api-keys', apiKeysRouter(prisma));
  router.use('/imports', importsRouter(prisma, logger));
  router.get('/export', async (req, res) => {
    const { contentType, filename, body } = exportDomain(prisma, actorOf(req), req.query);
    await sendAttachment(res, { contentType, filename }, body);
  });
  return router;
}
