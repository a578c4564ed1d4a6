import { SUBJECT_COLLECTIONS, type EndpointShape, type SubjectKind } from '@c360/contracts';

/** Undoes the path builder's encoding of a placeholder: `%7Bid%7D` → `{id}`. */
const unencoded = (path: string) => path.replace(/%7B(\w+)%7D/g, '{$1}');

/**
 * The OpenAPI path templates of an endpoint, found by calling its own path builder with placeholders: each
 * parameter it reads is `{name}`, and a subject is each kind in turn (`/api/companies/{id}/…`,
 * `/api/relationships/{id}/…`), so a template can never drift from the path the sidebar calls.
 */
export function pathTemplates(path: EndpointShape['path']): string[] {
  let takesSubject = false;
  const templateFor = (kind: SubjectKind) => {
    const params = new Proxy(
      {},
      {
        get: (_target, name) => {
          if (name !== 'subject') return `{${String(name)}}`;
          takesSubject = true;
          return { kind, id: '{id}' };
        },
      },
    );
    // The builder's parameter type says which names it reads; the proxy answers any.
    return unencoded((path as (params: unknown) => string)(params));
  };
  const first = templateFor('company');
  if (!takesSubject) return [first];
  return (Object.keys(SUBJECT_COLLECTIONS) as SubjectKind[]).map(templateFor);
}

/** The names of a template's path parameters, in order. */
export const pathParameterNames = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
