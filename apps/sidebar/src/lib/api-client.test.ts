import { ctaEndpoints, sessionEndpoints, sessionViewSchema, timelineEndpoints } from '@c360/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, apiCall, apiRequest, NETWORK_FAILURE, retryAfterSecondsOf, toApiError, writeOf } from './api-client';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } });

function answer(response: Response | Error) {
  const fetchMock = vi.fn(() => (response instanceof Error ? Promise.reject(response) : Promise.resolve(response)));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  it('a request its signal ends (a timeout) fails as a network failure, so a queued write is re-sent', async () => {
    const fetchMock = vi.fn(
      (_path: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    );
    vi.stubGlobal('fetch', fetchMock);
    const controller = new AbortController();
    const pending = failureOf(apiRequest('/api/ctas', z.unknown(), { method: 'POST', body: {}, signal: controller.signal }));
    controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
    expect((await pending).status).toBe(NETWORK_FAILURE);
  });

  it('sends a Blob (a chosen file) as it is, with its own type, not as JSON', async () => {
    const fetchMock = answer(new Response(JSON.stringify({ id: 'j1' }), { status: 202 }));
    const file = new Blob(['ExternalId,Name\n'], { type: 'text/csv' });
    await expect(apiRequest('/api/admin/imports?object=companies', z.object({ id: z.string() }), { method: 'POST', body: file })).resolves.toEqual({
      id: 'j1',
    });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/admin/imports?object=companies',
      expect.objectContaining({ method: 'POST', body: file, headers: expect.objectContaining({ 'content-type': 'text/csv' }) }),
    );
  });

  it('sends JSON with the same-origin session cookie and parses the answer with the contract', async () => {
    const fetchMock = answer(new Response(JSON.stringify({ zoom: null, gainsight: null, extra: 1 }), { status: 200 }));
    await expect(apiRequest('/api/logout', sessionViewSchema, { method: 'POST', body: { a: 1 } })).resolves.toEqual({ zoom: null, gainsight: null });
    expect(fetchMock).toHaveBeenCalledWith('/api/logout', expect.objectContaining({ method: 'POST', credentials: 'same-origin', body: '{"a":1}' }));
  });

  it('a problem+json answer keeps its code, detail, field errors and extension members', async () => {
    answer(
      json(400, {
        type: 'urn:c360:problem:validation',
        title: 'Bad Request',
        status: 400,
        code: 'VALIDATION',
        hint: 'kept',
        detail: 'The domain does not match the data centre.',
        errors: [
          { path: 'domainUrl', message: 'not a US1 domain' },
          { path: 'domainUrl', message: 'second message' },
        ],
      }),
    );
    const error = await failureOf(apiRequest('/api/login', sessionViewSchema, { method: 'POST', body: {} }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION');
    expect(error.problem.hint).toBe('kept');
    expect(error.message).toBe('The domain does not match the data centre.');
    expect(error.fieldErrors()).toEqual({ domainUrl: 'not a US1 domain' });
  });

  it('a 429 carries the Retry-After seconds', async () => {
    answer(json(429, { type: 'urn:c360:problem:rate-limited', title: 'Too Many Requests', status: 429 }, { 'retry-after': '42' }));
    expect((await failureOf(apiRequest('/api/login', sessionViewSchema))).retryAfterSeconds).toBe(42);
  });

  it('an error that is not problem+json (a proxy page) still becomes a problem with the status', async () => {
    answer(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = await failureOf(apiRequest('/api/session', sessionViewSchema));
    expect(error.status).toBe(502);
    expect(error.problem).toMatchObject({ status: 502, title: 'Bad Gateway' });
    expect(error.code).toBeUndefined();
    expect(error.fieldErrors()).toEqual({});
  });

  it('a problem with a code this build does not know keeps its detail, without a code', async () => {
    answer(json(409, { type: 'urn:c360:problem:later', title: 'Conflict', status: 409, code: 'SOMETHING_NEWER', detail: 'Explained.' }));
    const error = await failureOf(apiRequest('/api/session', sessionViewSchema));
    expect({ code: error.code, message: error.message }).toEqual({ code: undefined, message: 'Explained.' });
  });

  it('no answer at all is a network failure', async () => {
    answer(new TypeError('Failed to fetch'));
    expect((await failureOf(apiRequest('/api/session', sessionViewSchema))).status).toBe(NETWORK_FAILURE);
  });

  it('an answer that breaks the contract is an error, not data', async () => {
    answer(new Response(JSON.stringify({ zoom: 'nope' }), { status: 200 }));
    expect((await failureOf(apiRequest('/api/session', sessionViewSchema))).status).toBe(200);
  });

  it('sends extra headers such as Idempotency-Key, and a 204 answers nothing', async () => {
    const fetchMock = answer(new Response(null, { status: 204 }));
    await expect(apiRequest('/api/activities/1', z.undefined(), { method: 'DELETE', headers: { 'Idempotency-Key': 'k-1' } })).resolves.toBeUndefined();
    expect(fetchMock).toHaveBeenCalledWith('/api/activities/1', expect.objectContaining({ headers: expect.objectContaining({ 'Idempotency-Key': 'k-1' }) }));
  });

  it('anything thrown becomes an ApiError, and an ApiError stays itself', () => {
    const original = new ApiError(401, { type: 'about:blank', title: 'Unauthorized', status: 401 });
    expect(toApiError(original)).toBe(original);
    expect(toApiError(new Error('boom'))).toMatchObject({ status: NETWORK_FAILURE, message: 'boom' });
  });
});

describe('a call of an endpoint', () => {
  const subject = { kind: 'relationship', id: '0b8f6f3e-8a55-4f4b-9d3e-6f1c2a4b5c6d' } as const;

  it('sends its method, URL and body, and parses the answer with its response schema', async () => {
    const fetchMock = answer(new Response(JSON.stringify({ zoom: null, gainsight: null }), { status: 200 }));
    await expect(apiCall(sessionEndpoints.signIn, { body: { username: 'u', password: 'p' } })).resolves.toEqual({ zoom: null, gainsight: null });
    expect(fetchMock).toHaveBeenCalledWith('/api/login', expect.objectContaining({ method: 'POST', body: '{"username":"u","password":"p"}' }));
  });

  it('builds the path from its parameters and the query from what is given, and passes headers on', async () => {
    const fetchMock = answer(new Response(JSON.stringify({ items: [], nextCursor: null }), { status: 200 }));
    await apiCall(timelineEndpoints.list, { params: { subject }, query: { limit: '20', cursor: undefined, type: 'CALL' } }, { headers: { 'X-Test': '1' } });
    expect(fetchMock).toHaveBeenCalledWith(
      `/api/relationships/${subject.id}/timeline?limit=20&type=CALL`,
      expect.objectContaining({ method: 'GET', body: undefined, headers: expect.objectContaining({ 'X-Test': '1' }) }),
    );
  });

  it('gives a write its method, URL and body for the write queue', () => {
    expect(writeOf(ctaEndpoints.update, { params: { id: 'c/1' }, body: { status: 'CLOSED' } })).toEqual({
      method: 'PATCH',
      path: '/api/ctas/c%2F1',
      body: { status: 'CLOSED' },
    });
  });
});

describe('Retry-After', () => {
  it('reads seconds or an HTTP date, never a negative wait', () => {
    expect(retryAfterSecondsOf('30')).toBe(30);
    expect(retryAfterSecondsOf('1.2')).toBe(2);
    expect(retryAfterSecondsOf(new Date(10_000 + 5_000).toUTCString(), 10_000)).toBe(5);
    expect(retryAfterSecondsOf(new Date(0).toUTCString(), 10_000)).toBe(0);
    expect(retryAfterSecondsOf(null)).toBeUndefined();
    expect(retryAfterSecondsOf('soon')).toBeUndefined();
  });
});
