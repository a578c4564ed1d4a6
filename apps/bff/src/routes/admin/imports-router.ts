import { dryRunImport } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { importQuerySchema } from '@c360/contracts';
import { Router, type Request } from 'express';
import { actorOf } from '../../http/request.ts';

/** The charset a file was sent in (`text/csv; charset=shift_jis`), if the request says. */
export function charsetOf(req: Request): string | undefined {
  return /;\s*charset="?([^";\s]+)"?/i.exec(req.get('content-type') ?? '')?.[1];
}

/**
 * `/api/admin/imports` (tenant admins, behind the admin router's sign-in): `POST /?object=…&dryRun=true` with
 * the file as the body (CSV or tab-separated, UTF-8 or Shift_JIS) answers what an import would refuse, row by
 * row, and writes nothing. The body is read as a stream, never whole.
 */
export function importsRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    const { object } = importQuerySchema.parse(req.query);
    res.setHeader('Cache-Control', 'no-store');
    res.json(await dryRunImport(prisma, actorOf(req), object, req, charsetOf(req)));
  });
  return router;
}
