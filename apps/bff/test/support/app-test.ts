import { emptyStoreTest, storeTest } from '@c360/c360/testing';
import { gainsightTestApp, signedIn } from './gainsight.ts';
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
