import { assignableUsersSchema, createCtaSchema, ctaPageSchema, ctaQuerySchema, ctaSchema, updateCtaSchema } from '../ctas.ts';
import { subjectPath } from '../subject.ts';
import { defineEndpoint } from './define-endpoint.ts';
import type { OfSubject } from './subject-params.ts';

export const ctaEndpoints = {
  list: defineEndpoint({ method: 'GET', path: ({ subject }: OfSubject) => subjectPath(subject, 'ctas'), query: ctaQuerySchema, response: ctaPageSchema }),
  create: defineEndpoint({ method: 'POST', path: () => '/api/ctas', body: createCtaSchema, response: ctaSchema }),
  update: defineEndpoint({
    method: 'PATCH',
    path: ({ id }: { id: string }) => `/api/ctas/${encodeURIComponent(id)}`,
    body: updateCtaSchema,
    response: ctaSchema,
  }),
  /** The domain's users, for choosing a CTA's owner. */
  assignableUsers: defineEndpoint({ method: 'GET', path: () => '/api/users', response: assignableUsersSchema }),
} as const;
