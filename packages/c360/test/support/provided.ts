/** What the store projects' global setup hands to every test file. */
export type TestStoreKind = 'pglite' | 'postgres';

export interface TestStoreContext {
  kind: TestStoreKind;
  /** pglite: snapshot files of a migrated store, empty and seeded. */
  emptySnapshot?: string;
  seededSnapshot?: string;
  /** postgres: an admin connection and the template databases to copy. */
  adminUrl?: string;
  emptyTemplate?: string;
  seededTemplate?: string;
  runId: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testStore: TestStoreContext;
  }
}
