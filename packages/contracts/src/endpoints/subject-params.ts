import type { SubjectRef } from '../subject.ts';

/** The path parameters of a route under `/api/{companies|relationships}/:id/…`. */
export interface OfSubject {
  subject: SubjectRef;
}
