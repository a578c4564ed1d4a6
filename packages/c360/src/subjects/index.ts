export { findSubject, type FoundSubject } from './find-subject.ts';
export { readSubjectSummary } from './read-subject-summary.ts';
