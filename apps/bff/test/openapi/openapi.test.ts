import { defineEndpoint, IMPORT_OBJECTS } from '@c360/contracts';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument, type OpenApiDocument } from '../../src/openapi/openapi-document.ts';
import { referencePage } from '../../src/openapi/reference-page.ts';
import { declaredRoutes } from '../support/declared-routes.ts';
import { PUBLIC_URL, testApp } from '../support/test-app.ts';

// Issue 17: the OpenAPI 3.1 document made from the contracts, and its reference page.

/**
 * Routes that are no part of the HTTP API, so not in the document: the probes, Zoom's pages, OAuth redirects
 * and webhooks (Zoom and Salesforce call them, not a client of the API), the sidebar's pages and assets, and
 * the document and its page themselves.
 */
const NOT_API = [
  /^GET \/(healthz|readyz)$/,
  /^\w+ \/zoom\//,
  /^GET \/auth\/salesforce(\/callback)?$/,
  /^GET \/\{\*page\}$/,
  /^GET \/api\/(openapi\.json|docs)$/,
];

/** `GET /api/meetings/:meetingUuid/log` and `GET /api/meetings/{uuid}/log` alike: parameters by place, not name. */
const normalised = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/:\w+|\{\w+\}/g, '{}')}`;

// Every optional route on: "Sign in with Salesforce" has routes only when it is set up.
const app = testApp({ env: { SALESFORCE_CLIENT_ID: 'sf-client', SALESFORCE_CLIENT_SECRET: 'sf-secret' } });

async function servedDocument(): Promise<OpenApiDocument> {
  const res = await request(app).get('/api/openapi.json').expect(200);
  return res.body as OpenApiDocument;
}

describe('the OpenAPI document', () => {
  it('describes every route of the app, and no route the app does not have', async () => {
    const document = await servedDocument();
    const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => normalised(method, path)));
    const routes = declaredRoutes(app)
      .map(({ method, path }) => `${method} ${path}`)
      .filter((route) => !NOT_API.some((pattern) => pattern.test(route)))
      .map((route) => normalised(route.split(' ')[0]!, route.split(' ')[1]!));
    expect(
      routes.filter((route) => !documented.includes(route)),
      'routes missing from the document',
    ).toEqual([]);
    expect(
      documented.filter((route) => !routes.includes(route)),
      'documented paths without a route',
    ).toEqual([]);
  });

  it('is OpenAPI 3.1 for anyone, the domain API called with a key and every error a problem', async () => {
    const document = await servedDocument();
    expect(document).toMatchObject({ openapi: '3.1.0', servers: [{ url: new URL(PUBLIC_URL).origin }] });
    const bulk = document.paths['/api/v1/bulk/{object}']!.post!;
    expect(bulk.security).toEqual([{ accessKey: [] }, { bearerKey: [] }]);
    expect(Object.keys(bulk.requestBody!.content!)).toContain('text/csv');
    expect(bulk.parameters).toEqual([{ name: 'object', in: 'path', required: true, schema: { type: 'string', enum: [...IMPORT_OBJECTS] } }]);
    expect(bulk.responses).toMatchObject({
      '202': { content: { 'application/json': expect.anything() } },
      default: { $ref: '#/components/responses/Problem' },
    });
    expect(document.components.securitySchemes).toMatchObject({
      accessKey: { type: 'apiKey', in: 'header', name: 'accesskey' },
      bearerKey: { scheme: 'bearer' },
    });
    expect(document.paths['/api/companies/{id}/timeline']?.get?.security).toEqual([{ session: [] }]);
    expect(document.paths['/api/relationships/{id}/timeline']?.get?.operationId).toBe('timeline.list.relationships');
    const operationIds = Object.values(document.paths).flatMap((operations) => Object.values(operations).map((operation) => operation.operationId));
    expect(new Set(operationIds).size).toBe(operationIds.length);
  });
});

describe('the API reference page', () => {
  it('is one HTML page with no script, style or outside resource, under the usual CSP', async () => {
    const res = await request(app).get('/api/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.text).not.toMatch(/<script|<style|<link|\sstyle=|https?:\/\//i);
    expect(res.text).toContain('<code>POST /api/v1/bulk/{object}</code>');
    expect(res.text).toContain('<code>records[].ExternalId</code>');
  });

  it('escapes every text it shows', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const document = openApiDocument('http://c360.test', [
      {
        tag: hostile,
        caller: 'anyone',
        endpoints: {
          probe: defineEndpoint({ method: 'GET', summary: hostile, path: () => '/api/probe', response: z.object({ [hostile]: z.string().describe(hostile) }) }),
        },
      },
    ]);
    const html = referencePage(document);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
