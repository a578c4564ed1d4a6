import { noContentSchema, problemSchema, type EndpointShape } from '@c360/contracts';
import { z } from 'zod';
import { SESSION_COOKIE } from '../session/index.ts';
import { API_GROUPS, type ApiCaller, type ApiGroup } from './api-groups.ts';
import { pathParameterNames, pathTemplates } from './path-templates.ts';

// The OpenAPI 3.1 document of the BFF (issue 17), made from the zod contracts by zod's own JSON Schema output,
// so the reference cannot say other than what the routes parse and answer.

export type JsonSchema = z.core.JSONSchema.BaseSchema;

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

export interface MediaContent {
  content?: Record<string, { schema: JsonSchema }>;
}

export interface ApiResponse extends MediaContent {
  description: string;
}

export interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  security: Record<string, string[]>[];
  parameters: Parameter[];
  requestBody?: MediaContent & { required: true };
  responses: Record<string, ApiResponse | { $ref: string }>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

const PROBLEM_RESPONSE = { $ref: '#/components/responses/Problem' };

/** Who may call, as OpenAPI security requirements (any one of them). */
const SECURITY: Record<ApiCaller, Record<string, string[]>[]> = {
  session: [{ session: [] }],
  apiKey: [{ accessKey: [] }, { bearerKey: [] }],
  anyone: [],
};

/** A schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect): what a request may send, or what an answer holds. */
function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // A refinement or transform has no JSON Schema of its own: it shows as what it refines.
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

/** `upsertCompanies` → "Upsert companies", for an endpoint without a summary of its own. */
const summaryOf = (name: string, endpoint: EndpointShape) =>
  endpoint.summary ?? `${name.charAt(0).toUpperCase()}${name.slice(1).replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)}.`;

/** The schema of each field of an object schema (a query's, or the path parameters'). */
function fieldSchemasOf(schema: z.ZodType | undefined): { fields: Record<string, JsonSchema>; required: Set<string> } {
  const object = schema ? jsonSchemaOf(schema, 'input') : {};
  const fields = Object.entries(object.properties ?? {}).map(([name, field]) => [name, typeof field === 'object' ? field : {}] as const);
  return { fields: Object.fromEntries(fields), required: new Set(object.required ?? []) };
}

function parametersOf(template: string, endpoint: EndpointShape): Parameter[] {
  const params = fieldSchemasOf(endpoint.params).fields;
  const path = pathParameterNames(template).map((name): Parameter => ({ name, in: 'path', required: true, schema: params[name] ?? { type: 'string' } }));
  const query = fieldSchemasOf(endpoint.query);
  const fields = Object.entries(query.fields).map(([name, schema]): Parameter => ({ name, in: 'query', required: query.required.has(name), schema }));
  return [...path, ...fields];
}

const FILE_SCHEMA: JsonSchema = { type: 'string' };
/** A file sent or answered as it is, in any of its media types. */
const fileOf = (mediaTypes: readonly string[]) => Object.fromEntries(mediaTypes.map((type) => [type, { schema: FILE_SCHEMA }]));

function requestBodyOf(endpoint: EndpointShape): Operation['requestBody'] {
  if (endpoint.upload) return { required: true, content: fileOf(endpoint.upload) };
  if (endpoint.body) return { required: true, content: { 'application/json': { schema: jsonSchemaOf(endpoint.body, 'input') } } };
  return undefined;
}

function successOf(endpoint: EndpointShape): [string, ApiResponse] {
  if (endpoint.response === noContentSchema) return ['204', { description: 'Done; no content.' }];
  const content = endpoint.download ? fileOf(endpoint.download) : { 'application/json': { schema: jsonSchemaOf(endpoint.response, 'output') } };
  return [String(endpoint.status ?? 200), { description: endpoint.status === 202 ? 'Accepted: follow it.' : 'OK', content }];
}

/** `Domain API`, `upsertCompanies` → `domainApi.upsertCompanies`; a subject's route adds its kind (`.relationships`). */
function operationIdOf(group: ApiGroup, name: string, variant: string | undefined): string {
  const tag = group.tag.toLowerCase().replace(/ (\w)/g, (_space, letter: string) => letter.toUpperCase());
  return [tag, name, variant].filter(Boolean).join('.');
}

function operationOf(group: ApiGroup, name: string, endpoint: EndpointShape, template: string, variant?: string): Operation {
  const requestBody = requestBodyOf(endpoint);
  return {
    operationId: operationIdOf(group, name, variant),
    tags: [group.tag],
    summary: summaryOf(name, endpoint),
    security: SECURITY[group.caller],
    parameters: parametersOf(template, endpoint),
    ...(requestBody && { requestBody }),
    responses: Object.fromEntries([successOf(endpoint), ['default', PROBLEM_RESPONSE]]),
  };
}

/** Two endpoints of one route (the import's check and its start) are one operation, with both answers. */
function merged(first: Operation, second: Operation): Operation {
  return { ...first, summary: `${first.summary} ${second.summary}`, responses: { ...first.responses, ...second.responses } };
}

/** Each template with the collection that tells it from the endpoint's others (`companies`), if it has others. */
const variantsOf = (templates: string[]): [string, string | undefined][] =>
  templates.map((template) => [template, templates.length > 1 ? template.split('/')[2] : undefined]);

function pathsOf(groups: readonly ApiGroup[]): OpenApiDocument['paths'] {
  const paths: OpenApiDocument['paths'] = {};
  for (const group of groups)
    for (const [name, endpoint] of Object.entries(group.endpoints))
      for (const [template, variant] of variantsOf(pathTemplates(endpoint.path))) {
        const operations = (paths[template] ??= {});
        const method = endpoint.method.toLowerCase();
        const operation = operationOf(group, name, endpoint, template, variant);
        const existing = operations[method];
        operations[method] = existing ? merged(existing, operation) : operation;
      }
  return paths;
}

/** The whole document; `origin` is the server it is served by. */
export function openApiDocument(origin: string, groups: readonly ApiGroup[] = API_GROUPS): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Customer 360 for Zoom',
      version: '1',
      description:
        'The sidebar’s API (signed in with the session cookie) and the domain API for integrations under /api/v1 (an API key from ⋯ → API access, in an accesskey header or as a Bearer token). Every error is application/problem+json.',
    },
    servers: [{ url: origin }],
    tags: groups.map(({ tag }) => ({ name: tag })),
    paths: pathsOf(groups),
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The sidebar’s session; a write also needs the app’s own Origin.' },
        accessKey: { type: 'apiKey', in: 'header', name: 'accesskey', description: 'A domain API key, as Gainsight’s APIs take it.' },
        bearerKey: { type: 'http', scheme: 'bearer', description: 'The same API key as `Authorization: Bearer <key>`.' },
      },
      schemas: { Problem: jsonSchemaOf(problemSchema, 'output') },
      responses: {
        Problem: {
          description: 'An error (RFC 9457), its `code` saying which; a 400 names each bad field in `errors`.',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
    },
  };
}
