// The subject feature's public entry: what other features and app/ may import from it.
export { SubjectField } from './components/subject-field';
export { SubjectPicker } from './components/subject-picker';
export { WithSubject } from './components/with-subject';
export { subjectOf } from './lib/picker-options';
export { SubjectProvider, useCurrentSubject } from './subject-context';
