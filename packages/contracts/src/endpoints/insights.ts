import { insightsSchema } from '../insights.ts';
import { subjectPath } from '../subject.ts';
import { defineEndpoint } from './define-endpoint.ts';
import type { OfSubject } from './subject-params.ts';

export const insightsEndpoints = {
  get: defineEndpoint({ method: 'GET', path: ({ subject }: OfSubject) => subjectPath(subject, 'insights'), response: insightsSchema }),
} as const;
