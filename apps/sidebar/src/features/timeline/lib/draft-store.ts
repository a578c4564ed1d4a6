import type { z } from 'zod';
import { localDraftSchema, type LocalDraft } from './local-draft';

/** Where typed text lives between keystrokes and reloads (the open editor's draft, the after-call panel's). */
export interface KeptStore<T> {
  read(): T | null;
  write(value: T): void;
  clear(): void;
}

export type DraftStore = KeptStore<LocalDraft>;

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One slot per signed-in user and meeting (or subject outside a meeting): another user never sees it. */
export const draftStorageKey = (userId: string, scope: string) => `c360.timeline.draft:${userId}:${scope}`;

/** The slot's scope: the meeting when in one, so a reopened sidebar finds the draft whatever is chosen. */
export const draftScope = (meetingUuid: string | null, subject: { kind: string; id: string } | null) =>
  meetingUuid !== null ? `meeting:${meetingUuid}` : subject ? `${subject.kind}:${subject.id}` : null;

// Storage can throw (blocked in the embedding browser, quota): the editor still works, only unpersisted.
export function keptStore<S extends z.ZodType>(storage: StorageLike | null, key: string, schema: S): KeptStore<z.infer<S>> {
  return {
    read() {
      try {
        const raw = storage?.getItem(key);
        if (!raw) return null;
        const parsed = schema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    write(value) {
      try {
        storage?.setItem(key, JSON.stringify(value));
      } catch {
        // Kept in memory and on the server only.
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing stored to remove.
      }
    },
  };
}

export const draftStore = (storage: StorageLike | null, key: string): DraftStore => keptStore(storage, key, localDraftSchema);

/** The browser's localStorage, or null where the embedding browser blocks it. */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
