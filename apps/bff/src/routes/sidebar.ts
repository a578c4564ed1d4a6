import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import express, { Router, type Response } from 'express';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Customer 360</title></head>
<body><h1>The sidebar is not built yet</h1>
<p>Run <code>pnpm build</code> (or <code>pnpm start</code>), then reload this page.</p></body></html>
`;

/** The sidebar's index.html, or a 503 page saying it is not built yet. */
export function sendSidebarIndex(dist: string, res: Response): void {
  const indexHtml = join(dist, 'index.html');
  if (!existsSync(indexHtml)) {
    res.status(503).type('html').send(NOT_BUILT_PAGE);
    return;
  }
  res.setHeader('Cache-Control', 'no-cache');
  res.sendFile(indexHtml);
}

/**
 * Serves the built sidebar from `dist`, and its index.html for any other page path (client-side
 * routes). The folder is looked up per request, so a build that finishes after start-up is picked up.
 */
export function sidebarRouter(dist: string): Router {
  const router = Router();
  router.use(
    '/assets',
    // Vite names assets by content hash.
    express.static(join(dist, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: true }),
  );
  router.use(express.static(dist, { index: false }));
  router.get('/{*page}', (req, res, next) => {
    // A missing file (favicon.ico, a stale asset) is a 404, not the app.
    if (extname(req.path) !== '') return next();
    sendSidebarIndex(dist, res);
  });
  return router;
}
