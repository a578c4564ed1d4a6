import { addPersonResultSchema, addPersonSchema, peoplePageSchema, peopleQuerySchema } from '../people.ts';
import { subjectPath } from '../subject.ts';
import { defineEndpoint } from './define-endpoint.ts';
import type { OfSubject } from './subject-params.ts';

export const peopleEndpoints = {
  list: defineEndpoint({
    method: 'GET',
    path: ({ subject }: OfSubject) => subjectPath(subject, 'people'),
    query: peopleQuerySchema,
    response: peoplePageSchema,
  }),
  add: defineEndpoint({ method: 'POST', path: () => '/api/people', body: addPersonSchema, response: addPersonResultSchema }),
} as const;
