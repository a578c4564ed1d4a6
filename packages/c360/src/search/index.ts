export { searchKey } from './search-key.ts';
export { searchSubjects } from './search-subjects.ts';
