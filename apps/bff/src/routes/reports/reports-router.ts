import { listReportEvents, now, reportEventsCsv, type CsvLanguage } from '@c360/c360';
import type { PrismaClient } from '@c360/c360/store';
import type { ReportPage } from '@c360/contracts';
import { Router, type Request, type Response } from 'express';
import { requireGainsightUser } from '../../auth/index.ts';
import { sendAttachment } from '../../http/attachment.ts';
import { actorOf } from '../../http/request.ts';

/** `format=csv`, or no format and an `Accept` that prefers CSV to JSON (a browser accepting anything gets JSON). */
const wantsCsv = (req: Request): boolean => req.query.format === 'csv' || (req.query.format === undefined && req.accepts(['json', 'csv']) === 'csv');

/** The CSV header's language: `lang=ja|en`, else the browser's `Accept-Language`, else English. */
function languageOf(req: Request): CsvLanguage {
  const { lang } = req.query;
  if (lang === 'ja' || lang === 'en') return lang;
  return req.acceptsLanguages('en', 'ja') === 'ja' ? 'ja' : 'en';
}

/** The CSV after the UTF-8 BOM Excel needs to read the file as UTF-8 (Japanese names). */
async function* withBom(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  yield '\uFEFF';
  yield* chunks;
}

function sendCsv(res: Response, chunks: AsyncIterable<string>): Promise<void> {
  const day = now().toISOString().slice(0, 10);
  return sendAttachment(res, { contentType: 'text/csv; charset=utf-8', filename: `zoom-app-events-${day}.csv` }, withBom(chunks));
}

/**
 * Reports of Zoom-app use (issue 7), mounted under `/api/reports`: the domain's audit events filtered and
 * paged as JSON, or the whole filter as CSV (`Accept: text/csv` or `format=csv`). The user filter lists
 * `GET /api/users`. Admins and CSMs only; the domain checks the licence, the query and the ids.
 */
export function reportsRouter(prisma: PrismaClient): Router {
  const router = Router();
  router.use(requireGainsightUser(prisma));

  router.get('/events', async (req, res) => {
    const actor = actorOf(req);
    if (wantsCsv(req)) {
      await sendCsv(res, await reportEventsCsv(prisma, actor, req.query, languageOf(req)));
      return;
    }
    const page = await listReportEvents(prisma, actor, req.query);
    res.setHeader('Cache-Control', 'no-store');
    res.json(page satisfies ReportPage);
  });

  return router;
}
