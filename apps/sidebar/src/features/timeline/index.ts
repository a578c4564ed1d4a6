import { lazy } from 'react';

// The timeline feature's public entry: what other features and app/ may import from it.
// The editor's parts for other features' editors (the after-call panel) load on demand: the first screen imports
// this entry, and needs none of them.
export const ActivityTextFields = lazy(() => import('./components/activity-text-fields').then((m) => ({ default: m.ActivityTextFields })));
export const EditorFrame = lazy(() => import('./components/editor-frame').then((m) => ({ default: m.EditorFrame })));
export const MergePanel = lazy(() => import('./components/merge-panel').then((m) => ({ default: m.MergePanel })));
export { refreshTimelines } from './api/timeline-cache';
export { TimelineTab } from './components/timeline-tab';
export { requestOpenActivity } from './hooks/use-open-activity-request';
export { requestQuote } from './lib/quote-channel';
export { formatActivityDate } from './lib/activity-date';
export { draftScope, draftStorageKey, draftStore } from './lib/draft-store';
export type { MergeChoice } from './lib/draft-sync';
export { combineNotes, draftFieldsSchema, fieldsOf, holdsFields } from './lib/local-draft';
export type { LocalDraft } from './lib/local-draft';
