import { escapeHtml } from '../http/bilingual-page.ts';
import type { ApiResponse, JsonSchema, MediaContent, OpenApiDocument, Operation, Parameter } from './openapi-document.ts';

// The API reference page, rendered here from the document: plain HTML with no script, style or outside
// resource, so the CSP stays as strict as everywhere and the page works without a network.

/** One row of a field table: `records[].Email`, its type and notes. */
interface Field {
  name: string;
  type: string;
  required: boolean;
  notes: string;
}

/** Deeper than any contract nests; keeps a recursive schema from running away. */
const MAX_DEPTH = 6;

// A sub-schema of zod's output is an object, or `true` for "anything" (read as `{}`).
const asSchema = (value: unknown): JsonSchema => (typeof value === 'object' && value !== null ? (value as JsonSchema) : {});

/** `string | null`, `array of object`, `"companies" | "people"`: a schema's type as a reader says it. */
function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map((variant) => typeOf(asSchema(variant))).join(' | ');
  if (schema.type === 'array') return `array of ${typeOf(asSchema(schema.items))}`;
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  return schema.format ? `${type} (${schema.format})` : type;
}

/** Bounds, patterns and defaults, from the schema or the variant that carries them. */
function notesOf(schema: JsonSchema): string {
  const carrier = (schema.anyOf ?? schema.oneOf ?? []).map(asSchema).find((variant) => variant.type !== 'null') ?? schema;
  const notes = [
    carrier.minLength !== undefined && `at least ${carrier.minLength} characters`,
    carrier.maxLength !== undefined && `at most ${carrier.maxLength} characters`,
    carrier.minimum !== undefined && `≥ ${carrier.minimum}`,
    carrier.maximum !== undefined && carrier.maximum < Number.MAX_SAFE_INTEGER && `≤ ${carrier.maximum}`,
    carrier.minItems !== undefined && `at least ${carrier.minItems} items`,
    carrier.maxItems !== undefined && `at most ${carrier.maxItems} items`,
    carrier.pattern !== undefined && `matches ${carrier.pattern}`,
    schema.default !== undefined && `default ${JSON.stringify(schema.default)}`,
    schema.description,
  ];
  return notes.filter((note): note is string => typeof note === 'string').join('; ');
}

/** The object a schema holds, itself or as the items of an array (or the non-null variant of either). */
function objectWithin(schema: JsonSchema): { schema: JsonSchema; suffix: string } | undefined {
  const variant = (schema.anyOf ?? schema.oneOf ?? []).map(asSchema).find((each) => each.type !== 'null');
  if (variant) return objectWithin(variant);
  if (schema.properties) return { schema, suffix: '' };
  if (schema.type === 'array') {
    const inner = objectWithin(asSchema(schema.items));
    return inner && { schema: inner.schema, suffix: `[]${inner.suffix}` };
  }
  return undefined;
}

/** Every field of an object schema, nested ones by their dotted names. */
function fieldsOf(schema: JsonSchema, prefix = '', depth = 0): Field[] {
  if (depth > MAX_DEPTH) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, value]) => {
    const field = asSchema(value);
    const path = `${prefix}${name}`;
    const nested = objectWithin(field);
    const row: Field = { name: path, type: typeOf(field), required: required.has(name), notes: notesOf(field) };
    return [row, ...(nested ? fieldsOf(nested.schema, `${path}${nested.suffix}.`, depth + 1) : [])];
  });
}

const cell = (text: string) => `<td>${escapeHtml(text)}</td>`;

function fieldTable(fields: readonly Field[], firstColumn = 'Field'): string {
  if (fields.length === 0) return '<p>No fields.</p>';
  const rows = fields.map(
    (field) => `<tr><td><code>${escapeHtml(field.name)}</code></td>${cell(field.type)}${cell(field.required ? 'yes' : 'no')}${cell(field.notes)}</tr>`,
  );
  return `<table><thead><tr><th>${firstColumn}</th><th>Type</th><th>Required</th><th>Notes</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const parameterFields = (parameters: readonly Parameter[]): Field[] =>
  parameters.map((parameter) => ({
    name: `${parameter.name} (${parameter.in})`,
    type: typeOf(parameter.schema),
    required: parameter.required,
    notes: notesOf(parameter.schema),
  }));

/** A body's media types, and the fields of its JSON one. */
function contentOf({ content = {} }: MediaContent): string {
  return Object.entries(content)
    .map(([type, { schema }]) => {
      const inner = objectWithin(schema);
      const shape = inner ? fieldTable(fieldsOf(inner.schema, inner.suffix ? `${inner.suffix}.` : '')) : `<p>${escapeHtml(typeOf(schema))}</p>`;
      return `<p>Media type <code>${escapeHtml(type)}</code></p>${type.endsWith('json') ? shape : ''}`;
    })
    .join('');
}

function responsesOf(responses: Operation['responses']): string {
  return Object.entries(responses)
    .map(([status, response]) => {
      const heading = `<h4>${escapeHtml(status === 'default' ? 'Errors' : status)}</h4>`;
      if ('$ref' in response) return `${heading}<p><code>application/problem+json</code>: see “Errors” at the top.</p>`;
      return `${heading}<p>${escapeHtml((response satisfies ApiResponse).description)}</p>${contentOf(response)}`;
    })
    .join('');
}

const SECURITY_NAMES: Record<string, string> = {
  session: 'the sidebar’s session cookie',
  accessKey: 'an API key in the accesskey header',
  bearerKey: 'an API key as Authorization: Bearer',
};

/** Who may call it, as a sentence. */
const securityOf = (operation: Operation) =>
  operation.security.length === 0
    ? 'Anyone may call it.'
    : `Called with ${operation.security.flatMap((scheme) => Object.keys(scheme).map((name) => SECURITY_NAMES[name] ?? name)).join(', or ')}.`;

function operationHtml(method: string, path: string, operation: Operation): string {
  return `<section id="${escapeHtml(operation.operationId)}">
<h3><code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary)}</p>
<p>${escapeHtml(securityOf(operation))}</p>
${operation.parameters.length > 0 ? `<h4>Parameters</h4>${fieldTable(parameterFields(operation.parameters), 'Parameter')}` : ''}
${operation.requestBody ? `<h4>Request body</h4>${contentOf(operation.requestBody)}` : ''}
${responsesOf(operation.responses)}
</section>`;
}

const tagAnchor = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** The document as one HTML page: per tag, each operation with its parameters, body and answers as field tables. */
export function referencePage(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const sections = document.tags.map(({ name }) => {
    const ofTag = operations.filter(({ operation }) => operation.tags.includes(name));
    return `<section id="${tagAnchor(name)}"><h2>${escapeHtml(name)}</h2>${ofTag.map(({ method, path, operation }) => operationHtml(method, path, operation)).join('\n')}</section>`;
  });
  const toc = document.tags.map(({ name }) => `<li><a href="#${tagAnchor(name)}">${escapeHtml(name)}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} · API reference</title></head>
<body><main>
<h1>${escapeHtml(document.info.title)} · API reference</h1>
<p>${escapeHtml(document.info.description)}</p>
<p>The document itself: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Errors</h2>
<p>Every error answers <code>application/problem+json</code>:</p>
${fieldTable(fieldsOf(asSchema(document.components.schemas?.Problem)))}
<ul>${toc}</ul>
${sections.join('\n')}
</main></body></html>
`;
}
