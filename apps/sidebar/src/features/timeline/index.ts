// The timeline feature's public entry: what other features and app/ may import from it.
export { refreshTimelines } from './api/timeline-cache';
export { ActivityTextFields } from './components/activity-text-fields';
export { EditorFrame } from './components/editor-frame';
export { MergePanel } from './components/merge-panel';
export { TimelineTab } from './components/timeline-tab';
export { requestOpenActivity } from './hooks/use-open-activity-request';
export { formatActivityDate } from './lib/activity-date';
export { draftScope, draftStorageKey, draftStore } from './lib/draft-store';
export type { MergeChoice } from './lib/draft-sync';
export { combineNotes, draftFieldsSchema, fieldsOf, holdsFields } from './lib/local-draft';
export type { LocalDraft } from './lib/local-draft';
