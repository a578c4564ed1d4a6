import { storedValue, type StoredValue, type StorageLike } from '@/lib/stored-value';
import { localDraftSchema, type LocalDraft } from './local-draft';

/** Where the open editor's draft lives between keystrokes and reloads. */
export type DraftStore = StoredValue<LocalDraft>;

/** One slot per signed-in user and meeting (or subject outside a meeting): another user never sees it. */
export const draftStorageKey = (userId: string, scope: string) => `c360.timeline.draft:${userId}:${scope}`;

/** The slot's scope: the meeting when in one, so a reopened sidebar finds the draft whatever is chosen. */
export const draftScope = (meetingUuid: string | null, subject: { kind: string; id: string } | null) =>
  meetingUuid !== null ? `meeting:${meetingUuid}` : subject ? `${subject.kind}:${subject.id}` : null;

export const draftStore = (storage: StorageLike | null, key: string): DraftStore => storedValue(storage, key, localDraftSchema);
