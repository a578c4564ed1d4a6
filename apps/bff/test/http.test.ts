import { rmSync } from 'node:fs';
import { AppError, validationErrorOf } from '@c360/c360';
import { problemSchema, type AppErrorCode } from '@c360/contracts';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorHandler } from '../src/http/error-handler.ts';
import { securityHeaders } from '../src/http/security-headers.ts';
import { pingOnlyStore, PUBLIC_URL, SIDEBAR_HTML, testApp, testConfig, ZOOM_REQUIRED_HEADERS } from './support/test-app.ts';

function expectZoomHeaders(res: request.Response) {
  for (const header of ZOOM_REQUIRED_HEADERS) expect(res.headers[header], header).toBeTruthy();
  expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('same-origin');
}

function expectProblem(res: request.Response, status: number, code: AppErrorCode) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = problemSchema.parse(JSON.parse(res.text));
  expect({ status: problem.status, code: problem.code }).toEqual({ status, code });
  expect(res.text).not.toMatch(/\bat .+\.ts:\d+/); // no stack trace
  return problem;
}

describe('health', () => {
  it('answers /healthz with ok', async () => {
    const res = await request(testApp()).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers /readyz with ready while the store answers', async () => {
    const res = await request(testApp()).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready' });
  });

  it('answers /readyz with 503 problem+json when the store fails', async () => {
    const store = pingOnlyStore(() => Promise.reject(new Error('connection refused')));
    const problem = expectProblem(await request(testApp({ store })).get('/readyz'), 503, 'UNAVAILABLE');
    expect(problem.detail).toBe('The store is not reachable.');
  });
});

describe('the sidebar page', () => {
  it('is served with the four headers the Zoom client requires', async () => {
    const res = await request(testApp()).get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toBe(SIDEBAR_HTML);
    expectZoomHeaders(res);
  });

  it('is the answer to any page path (client-side routes)', async () => {
    const res = await request(testApp()).get('/timeline/123');
    expect(res.status).toBe(200);
    expect(res.text).toBe(SIDEBAR_HTML);
    expectZoomHeaders(res);
  });

  it('lets the Zoom client (ZOOM_HOST) frame it, and nobody else', async () => {
    const res = await request(testApp({ env: { ZOOM_HOST: 'http://127.0.0.1:4999' } })).get('/');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self' http://127.0.0.1:4999");
    expect(res.headers['x-frame-options']).toBeUndefined();
    const zoom = await request(testApp()).get('/');
    expect(zoom.headers['content-security-policy']).toContain("frame-ancestors 'self' https://zoom.us https://*.zoom.us");
  });

  it('says the sidebar is not built when dist is missing, still with the headers', async () => {
    const config = testConfig();
    rmSync(config.SIDEBAR_DIST, { recursive: true });
    const res = await request(testApp({ env: { SIDEBAR_DIST: config.SIDEBAR_DIST } })).get('/');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('not built');
    expectZoomHeaders(res);
  });

  it('answers a missing file with 404 problem+json carrying the headers', async () => {
    const res = await request(testApp()).get('/favicon-missing.ico');
    expectProblem(res, 404, 'NOT_FOUND');
    expectZoomHeaders(res);
  });
});

describe('the API edge', () => {
  it('answers an unknown /api path with 404 problem+json', async () => {
    const res = await request(testApp()).get('/api/no-such-thing');
    const problem = expectProblem(res, 404, 'NOT_FOUND');
    expect(problem).toMatchObject({ type: 'about:blank', title: 'Not Found' });
    expectZoomHeaders(res);
  });

  it('answers malformed JSON with 400 problem+json, not 500', async () => {
    const res = await request(testApp()).post('/api/activities').set('Origin', PUBLIC_URL).set('Content-Type', 'application/json').send('{"subject": ');
    expect(expectProblem(res, 400, 'VALIDATION').detail).toBe('The request body is not valid JSON.');
  });

  it('answers a body over the limit with 413 problem+json', async () => {
    const res = await request(testApp())
      .post('/api/activities')
      .set('Origin', PUBLIC_URL)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ notes: 'x'.repeat(1_100_000) }));
    expectProblem(res, 413, 'VALIDATION');
  });

  it('refuses a cross-origin POST with 403 problem+json', async () => {
    const res = await request(testApp()).post('/api/logout').set('Origin', 'https://evil.example');
    expect(expectProblem(res, 403, 'FORBIDDEN').type).toBe('urn:c360:problem:cross-origin');
  });

  it('refuses a POST with neither Origin nor Referer', async () => {
    expectProblem(await request(testApp()).post('/api/logout'), 403, 'FORBIDDEN');
  });

  it('refuses a POST whose Origin is "null" (sandboxed frames)', async () => {
    expectProblem(await request(testApp()).post('/api/logout').set('Origin', 'null'), 403, 'FORBIDDEN');
  });

  it('refuses a cross-origin Referer when Origin is absent', async () => {
    const res = await request(testApp()).delete('/api/drafts/1').set('Referer', 'https://evil.example/c360.test:3000');
    expectProblem(res, 403, 'FORBIDDEN');
  });

  it('passes a same-origin POST on to routing (here: 404)', async () => {
    expectProblem(await request(testApp()).post('/api/no-such-write').set('Origin', PUBLIC_URL), 404, 'NOT_FOUND');
  });

  it('passes a same-origin Referer when Origin is absent', async () => {
    const res = await request(testApp()).put('/api/x').set('Referer', `${PUBLIC_URL}/timeline?x=1`);
    expectProblem(res, 404, 'NOT_FOUND');
  });

  it('lets reads through whatever their origin', async () => {
    expectProblem(await request(testApp()).get('/api/no-such-read').set('Origin', 'https://evil.example'), 404, 'NOT_FOUND');
  });

  it('answers an unknown non-API write with 404 problem+json', async () => {
    expectProblem(await request(testApp()).post('/somewhere').send({}), 404, 'NOT_FOUND');
  });
});

describe('errors from handlers', () => {
  function appThrowing(error: unknown) {
    const app = express();
    app.use(securityHeaders(testConfig()));
    app.get('/boom', () => {
      throw error;
    });
    app.use(errorHandler(pino({ level: 'silent' })));
    return app;
  }

  it.each([
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
    ['CONFLICT', 409],
    ['VALIDATION', 400],
    ['RATE_LIMITED', 429],
    ['UNAVAILABLE', 503],
    ['INTERNAL', 500],
  ] as const)('maps AppError %s to %i problem+json with the headers', async (code, status) => {
    const res = await request(appThrowing(new AppError(code, 'Explained for the user.'))).get('/boom');
    const problem = expectProblem(res, status, code);
    expect(problem.detail).toBe('Explained for the user.');
    expectZoomHeaders(res);
  });

  it('carries field errors, details and Retry-After', async () => {
    const error = new AppError('RATE_LIMITED', 'Too many attempts.', {
      errors: [{ path: 'password', message: 'wrong' }],
      details: { retryAfterSeconds: 29.5 },
    });
    const res = await request(appThrowing(error)).get('/boom');
    const problem = expectProblem(res, 429, 'RATE_LIMITED');
    expect(res.headers['retry-after']).toBe('30');
    expect(problem.errors).toEqual([{ path: 'password', message: 'wrong' }]);
    expect(problem.retryAfterSeconds).toBe(29.5);
  });

  it('turns a zod error into 400 naming each field', async () => {
    const parsed = z.object({ subject: z.string(), attendees: z.array(z.email()) }).safeParse({ attendees: ['x'] });
    const res = await request(appThrowing(parsed.error)).get('/boom');
    const problem = expectProblem(res, 400, 'VALIDATION');
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['attendees.0', 'subject']);
  });

  it("answers a zod error from a handler with the same body as the domain's VALIDATION", async () => {
    const schema = z.object({ subject: z.string() });
    const fromHandler = schema.safeParse({}).error;
    // What the domain's parseInput throws for the same input.
    const fromDomain = fromHandler && validationErrorOf(fromHandler);
    const [handler, domain] = await Promise.all([request(appThrowing(fromHandler)).get('/boom'), request(appThrowing(fromDomain)).get('/boom')]);
    expect(handler.body).toEqual(domain.body);
    expect(handler.body).toMatchObject({ status: 400, code: 'VALIDATION', errors: [{ path: 'subject' }] });
  });

  it('hides anything else behind a generic 500', async () => {
    const res = await request(appThrowing(new Error('password=hunter2 at db.ts:12'))).get('/boom');
    const problem = expectProblem(res, 500, 'INTERNAL');
    expect(res.text).not.toContain('hunter2');
    expect(problem.detail).toBe('Something went wrong on our side. Please try again.');
    expectZoomHeaders(res);
  });
});
