import type { z } from 'zod';

/** One value kept in storage as JSON, checked with its schema when read back. */
export interface StoredValue<T> {
  read(): T | null;
  write(value: T): void;
  clear(): void;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

// Storage can throw (blocked in the embedding browser, quota): the sidebar still works, only unpersisted.
export function storedValue<T>(storage: StorageLike | null, key: string, schema: z.ZodType<T>): StoredValue<T> {
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
        // Kept in memory (and on the server) only.
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

/** The browser's localStorage, or null where the embedding browser blocks it. */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
