import type { Store } from '@c360/c360/store';
import request from 'supertest';
import { contextPayload, encryptContext, type ContextPayload } from './app-context.ts';
import { signedIn, type TestApp } from './gainsight.ts';
import { sessionCookieOf } from './session-cookie.ts';

export interface ZoomLaunchAs {
  username: string;
  /** The Gainsight domain's host; acme by default. */
  host?: string;
  context: Partial<ContextPayload>;
}

/** Opens the app in Zoom with a verified context (user, meeting, role…), then signs in to Gainsight: the cookie. */
export async function launchAndSignIn(app: TestApp, store: Pick<Store, 'ping' | 'prisma'>, { username, host, context }: ZoomLaunchAs): Promise<string> {
  const res = await request(app)
    .get('/zoom/home')
    .set('x-zoom-app-context', encryptContext(contextPayload(context)))
    .expect(200);
  return signedIn(app, store, username, { cookie: sessionCookieOf(res)!, ...(host === undefined ? {} : { host }) });
}
