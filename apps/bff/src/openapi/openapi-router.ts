import { Router } from 'express';
import { openApiDocument, type OpenApiDocument } from './openapi-document.ts';
import { referencePage } from './reference-page.ts';

/**
 * `GET /api/openapi.json` (the OpenAPI 3.1 document) and `GET /api/docs` (its reference page), for anyone:
 * they tell no more than the contracts do. Each is made on first asking, so the BFF's start does not wait.
 */
export function openApiRouter(publicOrigin: string): Router {
  let document: OpenApiDocument | undefined;
  let page: string | undefined;
  const documentNow = () => (document ??= openApiDocument(publicOrigin));
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(documentNow());
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send((page ??= referencePage(documentNow())));
  });
  return router;
}
