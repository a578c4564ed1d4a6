import { scorecardResponseSchema, updateMeasureSchema } from '../scorecard.ts';
import { subjectPath } from '../subject.ts';
import { defineEndpoint } from './define-endpoint.ts';
import type { OfSubject } from './subject-params.ts';

/** The subject's active scorecard; a measure's edit answers with the whole, recomputed. */
export const scorecardEndpoints = {
  get: defineEndpoint({ method: 'GET', path: ({ subject }: OfSubject) => subjectPath(subject, 'scorecard'), response: scorecardResponseSchema }),
  updateMeasure: defineEndpoint({
    method: 'PUT',
    path: ({ subject, measureId }: OfSubject & { measureId: string }) => subjectPath(subject, `scorecard/measures/${encodeURIComponent(measureId)}`),
    body: updateMeasureSchema,
    response: scorecardResponseSchema,
  }),
} as const;
