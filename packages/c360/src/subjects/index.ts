export { findSubject, type FoundSubject } from './find-subject.ts';
