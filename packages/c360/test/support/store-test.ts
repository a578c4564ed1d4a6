import { test } from 'vitest';
import type { Actor } from '../../src/permissions/actor.ts';
import type { Store } from '../../src/store/index.ts';
import { demoActor } from './demo-actors.ts';
import { createTestStore } from './test-store.ts';

type Actors = <const Emails extends readonly string[]>(...emails: Emails) => Promise<{ [K in keyof Emails]: Actor }>;

function storeTestOf(seeded: boolean) {
  return (
    test
      // Vitest reads a fixture's dependencies from its destructured first argument: this one has none.
      // eslint-disable-next-line no-empty-pattern
      .extend('store', { scope: 'file' }, async ({}, { onCleanup }): Promise<Store> => {
        const store = await createTestStore({ seeded });
        onCleanup(() => store.close());
        return store;
      })
      .extend('actors', { scope: 'file' }, ({ store }): Actors => {
        return (...emails) => Promise.all(emails.map((email) => demoActor(store.prisma, email))) as never;
      })
  );
}

/**
 * A test with the file's own store (seeded with the demo data, shared by the file's tests, closed after
 * them) and `actors(...emails)`: the demo users as the domain functions see them.
 */
export const storeTest = storeTestOf(true);

/** As `storeTest`, on an empty (migrated) store. */
export const emptyStoreTest = storeTestOf(false);

type StoreTest = typeof storeTest | typeof emptyStoreTest;

/**
 * The file's store for its module-level helpers, which vitest's fixtures do not reach: set by the file's first
 * hook, so read it inside tests and hooks only.
 */
export function fileStoreOf(test: StoreTest): { store: Store } {
  const file = {} as { store: Store };
  test.beforeAll(({ store }) => {
    file.store = store;
  });
  return file;
}
