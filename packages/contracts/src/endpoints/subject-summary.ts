import { subjectSummarySchema } from '../subject-summary.ts';
import { subjectPath } from '../subject.ts';
import { defineEndpoint } from './define-endpoint.ts';
import type { OfSubject } from './subject-params.ts';

/** A company or relationship at a glance (the sidebar's account header). */
export const subjectSummaryEndpoints = {
  get: defineEndpoint({ method: 'GET', path: ({ subject }: OfSubject) => subjectPath(subject), response: subjectSummarySchema }),
} as const;
