import { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One HTTP endpoint of the BFF as both sides see it: its method, its path from the path parameters, the
 * schemas of its query and body (when it reads them) and of its answer.
 */
export interface EndpointShape {
  readonly method: HttpMethod;
  /** What it does, in a line, for the API reference (else its name says it). */
  readonly summary?: string;
  // `never`: any path builder fits, whatever parameters it takes.
  readonly path: (params: never) => string;
  /** The path parameters' schema, where they are more than any text (e.g. one of a few names). */
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response: z.ZodType;
  /** The success status when it is neither 200 nor the 204 of `noContentSchema` (e.g. 202 for a job started). */
  readonly status?: 201 | 202;
  /** The body is a file of one of these media types (e.g. `text/csv`), sent as it is, not JSON. */
  readonly upload?: readonly string[];
  /** The answer is a file or a stream of one of these media types (its response is `fileSchema`), not JSON. */
  readonly download?: readonly string[];
}

/** The answer of an endpoint that answers 204 No Content. */
export const noContentSchema = z.undefined();

/** The answer of an endpoint that answers a file or a stream, whose media types its `download` names. */
export const fileSchema = z.string();

/** The path of a resource's sub-resource: `below(meetingPath, 'roster')` → `/api/meetings/:uuid/roster`. */
export const below =
  <P>(base: (params: P) => string, segment: string) =>
  (params: P): string =>
    `${base(params)}/${segment}`;

/** Keeps the literal method and the exact schemas, so a call is typed by its endpoint. */
export const defineEndpoint = <const E extends EndpointShape>(endpoint: E): E => endpoint;

type ParamsPart<E extends EndpointShape> = Parameters<E['path']> extends [infer P] ? { params: P } : { params?: undefined };
// A query already encoded elsewhere (e.g. filters shared with a download link) may come as URLSearchParams.
type QueryPart<E extends EndpointShape> = E extends { query: infer Q extends z.ZodType } ? { query: z.input<Q> | URLSearchParams } : { query?: undefined };
type BodyPart<E extends EndpointShape> = E extends { body: infer B extends z.ZodType } ? { body: z.input<B> } : { body?: undefined };

/** What a call of the endpoint gives: its path parameters, query and body, each only where it has them. */
export type EndpointRequest<E extends EndpointShape> = ParamsPart<E> & QueryPart<E> & BodyPart<E>;
export type EndpointResponse<E extends EndpointShape> = z.infer<E['response']>;

const searchOf = (query: object): URLSearchParams => {
  if (query instanceof URLSearchParams) return query;
  const search = new URLSearchParams();
  // In the order given; a value left out (undefined) is not sent.
  for (const [key, value] of Object.entries(query)) if (typeof value === 'string' || typeof value === 'number') search.set(key, String(value));
  return search;
};

/** The URL of a call: the path, then the query when there is one. No request: the endpoint takes none. */
export function endpointUrl<E extends EndpointShape>(endpoint: E, request?: EndpointRequest<E>): string {
  // The request's type already ties `params` to this endpoint's path builder.
  const path = (endpoint.path as (params: unknown) => string)(request?.params);
  const search = request?.query === undefined ? '' : searchOf(request.query).toString();
  return search === '' ? path : `${path}?${search}`;
}
