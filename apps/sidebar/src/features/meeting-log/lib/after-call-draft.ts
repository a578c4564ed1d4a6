import type { Activity, MeetingLogView } from '@c360/contracts';
import { z } from 'zod';
import { draftStorageKey, combineNotes, draftFieldsSchema, fieldsOf, holdsFields, type LocalDraft, type MergeChoice } from '@/features/timeline';

/** The activity version the panel's text started from: what Save sends, so a change made meanwhile is never overwritten. */
const baseSchema = z.object({ id: z.string(), version: z.number().int() });
export type PanelBase = z.infer<typeof baseSchema>;

/** What the after-call panel edits, kept on this device until Save, so a reload or a network drop loses nothing. */
export const afterCallDraftSchema = z.object({
  base: baseSchema.nullable(),
  fields: draftFieldsSchema.pick({ type: true, subject: true, notes: true }),
});
export type AfterCallDraft = z.infer<typeof afterCallDraftSchema>;
export type PanelFields = AfterCallDraft['fields'];

/** One slot per signed-in user and meeting, beside the Timeline editor's. */
export const afterCallStorageKey = (userId: string, meetingUuid: string) => draftStorageKey(userId, `meeting-log:${meetingUuid}`);

export const baseOf = (activity: Activity | null): PanelBase | null => activity && { id: activity.id, version: activity.version };

/** The panel as the server has it: the meeting's activity, or a new log named after the meeting's topic. */
export const serverDraft = (log: MeetingLogView): AfterCallDraft => ({
  base: baseOf(log.activity),
  fields: log.activity
    ? { type: log.activity.type, subject: log.activity.subject, notes: log.activity.notes }
    : { type: 'MEETING', subject: log.meeting.topic ?? '', notes: '' },
});

/**
 * The Timeline editor's unsaved text of this same activity, if the meeting ended mid-typing (the panel
 * then took the editor's place): the panel starts from it instead of losing it.
 */
export function fromTimelineEditor(editor: LocalDraft | null, activity: Activity | null): AfterCallDraft | null {
  if (editor?.server == null || activity === null || editor.server.id !== activity.id || !editor.dirty) return null;
  const { type, subject, notes } = editor.fields;
  return { base: { id: editor.server.id, version: editor.server.version }, fields: { type, subject, notes } };
}

/** Whether the activity already holds the panel's text (our own write whose answer was lost, or nothing typed). */
export const holdsPanel = (activity: Activity, fields: PanelFields) => holdsFields(activity, { ...fieldsOf(activity), ...fields });

const sameBase = (a: PanelBase | null, b: PanelBase | null) => a?.id === b?.id && a?.version === b?.version;

export interface OpenedDraft {
  draft: AfterCallDraft;
  /** The activity changed since the kept text started from it: the user decides (Keep mine, Use theirs, Combine). */
  theirs: Activity | null;
}

/** How the panel opens: with the text kept on this device if there is one, in conflict if the activity moved on meanwhile. */
export function openDraft(log: MeetingLogView, kept: AfterCallDraft | null): OpenedDraft {
  const server = serverDraft(log);
  if (kept === null || sameBase(kept.base, server.base)) return { draft: kept ?? server, theirs: null };
  if (log.activity === null) return { draft: { ...kept, base: null }, theirs: null };
  if (holdsPanel(log.activity, kept.fields)) return { draft: { ...kept, base: server.base }, theirs: null };
  return { draft: kept, theirs: log.activity };
}

/** The user's answer to a conflict: their text, the activity's, or both notes; the next Save starts from the activity's version. */
export function resolveDraft(mine: AfterCallDraft, theirs: Activity, choice: MergeChoice): AfterCallDraft {
  const server = { type: theirs.type, subject: theirs.subject, notes: theirs.notes };
  const fields = choice === 'theirs' ? server : choice === 'combine' ? { ...mine.fields, notes: combineNotes(mine.fields.notes, theirs.notes) } : mine.fields;
  return { base: baseOf(theirs), fields };
}
