import {
  appErrorCodeSchema,
  endpointUrl,
  problemSchema,
  type AppErrorCode,
  type EndpointRequest,
  type EndpointResponse,
  type EndpointShape,
} from '@c360/contracts';
import type { z } from 'zod';

/** Status of an ApiError when no answer arrived at all (offline, DNS, connection reset). */
export const NETWORK_FAILURE = 0;

/**
 * A problem as the sidebar receives it: the BFF's name their code; one turned from a body of elsewhere (a
 * proxy's 502, no answer at all) or with a code this build does not know has none.
 */
const receivedProblemSchema = problemSchema.extend({ code: appErrorCodeSchema.optional().catch(undefined) });
export type ReceivedProblem = z.infer<typeof receivedProblemSchema>;

/** Every failed call, whatever went wrong: the sidebar handles this one error type, always with a problem. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem: ReceivedProblem,
    /** From `Retry-After` on a 429: how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(problem.detail ?? problem.title);
  }

  /** What went wrong, for branching on domain outcomes; transport failures (no answer, a proxy's 5xx) have none. */
  get code(): AppErrorCode | undefined {
    return this.problem.code;
  }

  /** Field errors by dotted path (`domainUrl`); the first message per field wins. */
  fieldErrors(): Record<string, string> {
    const byPath: Record<string, string> = {};
    for (const { path, message } of this.problem.errors ?? []) byPath[path] ??= message;
    return byPath;
  }
}

interface TransportOptions {
  /** e.g. `Idempotency-Key` or `If-Match`. */
  headers?: Record<string, string>;
  /** Ends a request that gets no answer (a timeout): it fails as a network failure. */
  signal?: AbortSignal;
}

interface RequestOptions extends TransportOptions {
  method?: EndpointShape['method'];
  /** Sent as JSON; a Blob (a chosen file) is sent as it is, with its own type. */
  body?: unknown;
}

/** The request's body and its type: a file goes as its bytes (the server reads its encoding), anything else as JSON. */
const bodyOf = (body: unknown): { body?: BodyInit; type?: string } =>
  body === undefined
    ? {}
    : body instanceof Blob
      ? { body, type: body.type || 'application/octet-stream' }
      : { body: JSON.stringify(body), type: 'application/json' };

const fallbackProblem = (status: number, title: string): ReceivedProblem => ({ type: 'about:blank', title, status });

/** Seconds from a `Retry-After` header, which may also be an HTTP date. */
export function retryAfterSecondsOf(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && header.trim() !== '') return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The error for a non-2xx response; a body that is not problem+json still yields a problem. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = receivedProblemSchema.safeParse(body);
  const problem = parsed.success ? parsed.data : fallbackProblem(response.status, response.statusText || `Request failed (${response.status})`);
  return new ApiError(response.status, problem, retryAfterSecondsOf(response.headers.get('retry-after')));
}

/** Calls the BFF (same origin, session cookie) and parses the answer with the contract's schema. */
export async function apiRequest<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
  let response: Response;
  const sent = bodyOf(options.body);
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        ...(sent.type === undefined ? {} : { 'content-type': sent.type }),
        ...options.headers,
      },
      body: sent.body,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  } catch {
    throw new ApiError(NETWORK_FAILURE, fallbackProblem(NETWORK_FAILURE, 'The network request failed.'));
  }
  if (!response.ok) throw await apiErrorOf(response);
  // 204 has no body: the schema decides whether "nothing" is a valid answer (e.g. `z.undefined()`).
  const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, fallbackProblem(response.status, 'The response did not match the contract.'));
  return parsed.data;
}

// An endpoint without path parameters, query or body is called without a request.
type CallArgs<E extends EndpointShape> =
  object extends EndpointRequest<E> ? [request?: EndpointRequest<E>, options?: TransportOptions] : [request: EndpointRequest<E>, options?: TransportOptions];

/** Calls one of the contract's endpoints: its URL from the path parameters and query, its answer parsed with its schema. */
export const apiCall = <E extends EndpointShape>(endpoint: E, ...[request, options = {}]: CallArgs<E>): Promise<EndpointResponse<E>> =>
  apiRequest<E['response']>(endpointUrl(endpoint, request), endpoint.response, { ...options, method: endpoint.method, body: request?.body });

/** A write endpoint's request as the write queue keeps it (method, URL, body), to be sent later, perhaps after a reload. */
export const writeOf = <E extends EndpointShape & { method: Exclude<EndpointShape['method'], 'GET'> }>(endpoint: E, request: EndpointRequest<E>) => ({
  method: endpoint.method,
  path: endpointUrl(endpoint, request),
  body: request.body,
});

/** Any thrown value as an ApiError, so components never branch on error types. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(NETWORK_FAILURE, fallbackProblem(NETWORK_FAILURE, error instanceof Error ? error.message : 'Something went wrong.'));
}
