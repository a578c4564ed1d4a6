import { activityStatusSchema, activityTypeSchema, type Activity, type CreateActivityInput, type MeetingSubject, type UpdateActivity } from '@c360/contracts';
import { z } from 'zod';

/** What the editor edits: the activity's own fields, as the user sees them. */
export const draftFieldsSchema = z.object({
  type: activityTypeSchema,
  subject: z.string(),
  /** Canonical safe HTML (see safe-notes). */
  notes: z.string(),
  activityDate: z.string(),
  durationMinutes: z.number().int().nullable(),
  internalAttendeeIds: z.array(z.string()),
  externalPersonIds: z.array(z.string()),
});
export type DraftFields = z.infer<typeof draftFieldsSchema>;

/** The editor's state as kept in localStorage, so a reload or a crash resumes exactly here. */
export const localDraftSchema = z.object({
  /** Sent with the first create: a create retried after a lost answer returns the same activity. */
  idempotencyKey: z.string().min(1),
  target: z.object({ kind: z.enum(['company', 'relationship']), id: z.string(), name: z.string() }),
  meetingUuid: z.string().nullable(),
  fields: draftFieldsSchema,
  /** The server's copy once one exists: later saves PATCH it from this version. */
  server: z.object({ id: z.string(), version: z.number().int(), status: activityStatusSchema }).nullable(),
  /** The local fields hold changes the server has not got yet. */
  dirty: z.boolean(),
  /** Opened by "Log activity" and not saved by the user yet: Cancel withdraws whatever autosave sent. */
  isNew: z.boolean().default(false),
});
export type LocalDraft = z.infer<typeof localDraftSchema>;
export type DraftTarget = LocalDraft['target'];

export const targetOf = (subject: MeetingSubject): DraftTarget => ({ kind: subject.kind, id: subject.id, name: subject.name });

export const fieldsOf = (activity: Activity): DraftFields => ({
  type: activity.type,
  subject: activity.subject,
  notes: activity.notes,
  activityDate: activity.activityDate,
  durationMinutes: activity.durationMinutes ?? null,
  internalAttendeeIds: activity.internalAttendeeIds,
  externalPersonIds: activity.externalPersonIds,
});

/** A server draft continued here: it already exists, so it is never created again. */
export function draftOfActivity(activity: Activity, target: DraftTarget, idempotencyKey: string): LocalDraft {
  return {
    idempotencyKey,
    target,
    meetingUuid: activity.meetingUuid ?? null,
    fields: fieldsOf(activity),
    server: { id: activity.id, version: activity.version, status: activity.status },
    dirty: false,
    isNew: false,
  };
}

export const createBodyOf = (draft: LocalDraft, logging: boolean): CreateActivityInput => ({
  ...draft.fields,
  ...(draft.target.kind === 'company' ? { companyId: draft.target.id } : { relationshipId: draft.target.id }),
  meetingUuid: draft.meetingUuid,
  status: logging ? 'LOGGED' : 'DRAFT',
});

// Without a status the server keeps the current one: a logged activity must not be sent back to DRAFT.
export const updateBodyOf = (fields: DraftFields, version: number, logging: boolean): UpdateActivity => ({
  ...fields,
  version,
  ...(logging ? { status: 'LOGGED' as const } : {}),
});

/** The server may re-encode the notes' markup, so notes compare by their words. */
const wordsOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Whether the server's activity holds these fields (e.g. our own write whose answer was lost). */
export function holdsFields(activity: Activity, fields: DraftFields): boolean {
  return (
    activity.type === fields.type &&
    activity.subject === fields.subject.trim() &&
    wordsOf(activity.notes) === wordsOf(fields.notes) &&
    Date.parse(activity.activityDate) === Date.parse(fields.activityDate) &&
    (activity.durationMinutes ?? null) === fields.durationMinutes &&
    sameIds(activity.internalAttendeeIds, fields.internalAttendeeIds) &&
    sameIds(activity.externalPersonIds, fields.externalPersonIds)
  );
}

/** "Combine notes" after a conflict: both texts, mine first; identical notes are not doubled. */
export function combineNotes(mine: string, theirs: string): string {
  return wordsOf(mine) === wordsOf(theirs) ? mine : `${mine}${theirs}`;
}

/** What Cancel would throw away: edits not saved yet, and for a new activity what autosave saved too. */
export const cancelLoses = (draft: LocalDraft) => draft.dirty || (draft.isNew && draft.server !== null);

/** The server refuses a blank subject; until there is one, the draft stays on this device. */
export const canSendToServer = (fields: DraftFields) => fields.subject.trim().length > 0;
