import { emptyStoreTest, storeTest } from '@c360/c360/testing';
import type { Store } from '@c360/c360/store';
import { gainsightTestApp, signedIn, type TestApp } from './gainsight.ts';
import { clientOf } from './http-client.ts';

function appTestOn(base: typeof storeTest) {
  return base
    .extend('app', { scope: 'file' }, ({ store }) => gainsightTestApp(store))
    .extend(
      'signIn',
      { scope: 'file' },
      ({ app, store }) =>
        (username: string, options?: { host?: string; cookie?: string }) =>
          signedIn(app, store, username, options),
    )
    .extend(
      'as',
      { scope: 'file' },
      ({ app }) =>
        (cookie?: string) =>
          clientOf(app, cookie),
    );
}

/**
 * A store test with the whole BFF on the file's store (`app`, shared by the file's tests), `signIn(user)`
 * answering the new session's cookie, and `as(cookie)`: requests as that browser (`as()`: signed out).
 */
export const appTest = appTestOn(storeTest);

/** As `appTest`, on an empty (migrated) store. */
export const emptyAppTest = appTestOn(emptyStoreTest);

/** Tables a file may want emptied before each of its tests, so sign-ins and their rate limits start afresh. */
const CLEARERS = {
  session: (store: Store) => store.prisma.session.deleteMany(),
  rateLimitCounter: (store: Store) => store.prisma.rateLimitCounter.deleteMany(),
  zoomInstallation: (store: Store) => store.prisma.zoomInstallation.deleteMany(),
};

/**
 * The file's store and app for its module-level helpers, which vitest's fixtures do not reach: set by the
 * file's first hook, so read them inside tests and hooks only. `cleared` tables are emptied before each test.
 */
export function fileAppOf(test: typeof appTest, cleared: ReadonlyArray<keyof typeof CLEARERS> = []): { store: Store; app: TestApp } {
  const file = {} as { store: Store; app: TestApp };
  test.beforeAll(({ store, app }) => {
    Object.assign(file, { store, app });
  });
  test.beforeEach(async () => {
    for (const table of cleared) await CLEARERS[table](file.store);
  });
  return file;
}
