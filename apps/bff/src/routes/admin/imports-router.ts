import { cancelImport, dryRunImport, listImports, previewImport, readImport, readImportMapping, runImport, saveImportMapping, startImport } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import { importMappingParamsSchema, importPreviewQuerySchema, importQuerySchema } from '@c360/contracts';
import { Router, type Request } from 'express';
import { actorOf, bodyOf, idOf } from '../../http/request.ts';
import type { Logger } from '../../logger.ts';

/** The charset a file was sent in (`text/csv; charset=shift_jis`), if the request says. */
export function charsetOf(req: Request): string | undefined {
  return /;\s*charset="?([^";\s]+)"?/i.exec(req.get('content-type') ?? '')?.[1];
}

/** Runs a started import after its 202 has gone; a fault of ours is logged (the job records why it failed). */
export function runImportLater(prisma: PrismaClient, logger: Logger, id: string): void {
  runImport(prisma, id).catch((error: unknown) => logger.error({ err: error, importId: id }, 'an import failed'));
}

/**
 * `/api/admin/imports` (tenant admins, behind the admin router's sign-in). `POST /?object=…` with the file as
 * the body (CSV or tab-separated, UTF-8 or Shift_JIS, read as a stream): with `dryRun=true` it answers what
 * the import would refuse, row by row, writing nothing; without, it keeps the file, answers 202 with the
 * import's id and runs it in the background. `POST /preview?object=…` answers the file's first rows and the
 * field each column would be read as; `GET|PUT /mappings/:object` read and replace the object's remembered
 * column mapping, which the check and the import read the file with. `GET /` lists the latest imports,
 * `GET /:id` follows one, `POST /:id/cancel` stops it.
 */
export function importsRouter(prisma: PrismaClient, logger: Logger): Router {
  const router = Router();
  router.post('/', async (req, res) => {
    const { object, dryRun } = importQuerySchema.parse(req.query);
    res.setHeader('Cache-Control', 'no-store');
    if (dryRun) {
      res.json(await dryRunImport(prisma, actorOf(req), object, req, charsetOf(req)));
      return;
    }
    const started = await startImport(prisma, actorOf(req), object, req, charsetOf(req));
    res.status(202).json(started);
    runImportLater(prisma, logger, started.id);
  });
  router.post('/preview', async (req, res) => {
    const { object } = importPreviewQuerySchema.parse(req.query);
    res.setHeader('Cache-Control', 'no-store');
    res.json(await previewImport(prisma, actorOf(req), object, req, charsetOf(req)));
  });
  router.get('/mappings/:object', async (req, res) => {
    const { object } = importMappingParamsSchema.parse(req.params);
    res.setHeader('Cache-Control', 'no-store');
    res.json(await readImportMapping(prisma, actorOf(req), object));
  });
  router.put('/mappings/:object', async (req, res) => {
    const { object } = importMappingParamsSchema.parse(req.params);
    res.json(await saveImportMapping(prisma, actorOf(req), object, bodyOf(req)));
  });
  router.get('/', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await listImports(prisma, actorOf(req)));
  });
  router.get('/:id', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await readImport(prisma, actorOf(req), idOf(req)));
  });
  router.post('/:id/cancel', async (req, res) => {
    res.json(await cancelImport(prisma, actorOf(req), idOf(req)));
  });
  return router;
}
