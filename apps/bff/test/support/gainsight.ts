import type { Store } from '@c360/c360/store';
import { DEMO_PASSWORD } from '@c360/c360/seed';
import { pino } from 'pino';
import { expect } from 'vitest';
import { createApp, type AppDeps } from '../../src/app.ts';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from './app-context.ts';
import { clientOf } from './http-client.ts';
import { sessionCookieOf } from './session-cookie.ts';
import { testConfig } from './test-app.ts';

type AppStore = Pick<Store, 'ping' | 'prisma'>;
export type TestApp = ReturnType<typeof createApp>;

/** The whole BFF on a test store, with the Zoom test credentials and any injected dependency. */
export function gainsightTestApp(
  store: AppStore,
  deps: Pick<AppDeps, 'loginRateLimits' | 'rateLimiter' | 'sessionStore' | 'apiRateLimit' | 'meetingEvents'> = {},
): TestApp {
  return createApp({
    config: testConfig({ ZOOM_CLIENT_ID: TEST_CLIENT_ID, ZOOM_CLIENT_SECRET: TEST_CLIENT_SECRET }),
    store,
    logger: pino({ level: 'silent' }),
    ...deps,
  });
}

/** A same-origin POST, as the sidebar sends it. */
export const post = (app: TestApp, path: string, body: object, cookie?: string) => clientOf(app, cookie).post(path, body);

export const get = (app: TestApp, path: string, cookie?: string) => clientOf(app, cookie).get(path);

/** A same-origin write of any method, as the sidebar sends it. */
export const write = (app: TestApp, method: 'post' | 'put' | 'patch' | 'delete', path: string, cookie?: string, body?: object) =>
  clientOf(app, cookie)[method](path, body);

export async function domainIdOf(store: AppStore, host: string): Promise<string> {
  return (await store.prisma.domain.findUniqueOrThrow({ where: { host } })).id;
}

/** Any company of a domain. */
export async function companyIdOf(store: AppStore, host: string): Promise<string> {
  return (await store.prisma.company.findFirstOrThrow({ where: { domain: { host } }, orderBy: { name: 'asc' } })).id;
}

/** Signs a demo user in to a domain (by default acme) and returns the new session cookie. */
export async function signedIn(app: TestApp, store: AppStore, username: string, options: { host?: string; cookie?: string } = {}): Promise<string> {
  const domainId = await domainIdOf(store, options.host ?? 'acme.gainsightcloud.com');
  const res = await post(app, '/api/login', { username, password: DEMO_PASSWORD, domainId }, options.cookie);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return sessionCookieOf(res)!;
}
