import { z } from 'zod';

/** What the sidebar is about: a company, or one of its relationships. */
export const subjectKindSchema = z.enum(['company', 'relationship']);
export type SubjectKind = z.infer<typeof subjectKindSchema>;

/** A subject by reference: the one shape every layer passes around. */
export const subjectRefSchema = z.object({ kind: subjectKindSchema, id: z.uuid() });
export type SubjectRef = z.infer<typeof subjectRefSchema>;

/** The URL collection of each kind: `/api/companies/:id/…`, `/api/relationships/:id/…`. */
export const SUBJECT_COLLECTIONS = { company: 'companies', relationship: 'relationships' } as const satisfies Record<SubjectKind, string>;

/** `/api/{companies|relationships}/:id[/rest]`, with the id encoded. */
export const subjectPath = (subject: SubjectRef, rest = ''): string =>
  `/api/${SUBJECT_COLLECTIONS[subject.kind]}/${encodeURIComponent(subject.id)}${rest ? `/${rest}` : ''}`;
