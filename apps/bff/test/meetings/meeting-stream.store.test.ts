import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { prismaSessionStore } from '@c360/c360';
import type { Store } from '@c360/c360/store';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, expect } from 'vitest';
import { errorHandler } from '../../src/http/error-handler.ts';
import { MeetingEventHub } from '../../src/routes/meetings/meeting-events.ts';
import { meetingsRouter } from '../../src/routes/meetings/meetings-router.ts';
import { sessions } from '../../src/session/index.ts';
import { contextPayload, encryptContext } from '../support/app-context.ts';
import { appTest as it } from '../support/app-test.ts';
import { sessionCookieOf } from '../support/session-cookie.ts';

const M = 'stream-meeting==';
let store: Store;
let server: Server;
let cookie: string;
const hub = new MeetingEventHub();

it.beforeAll(async ({ store: fileStore, app: fileApp, signIn }) => {
  store = fileStore;
  const home = await request(fileApp)
    .get('/zoom/home')
    .set('x-zoom-app-context', encryptContext(contextPayload({ mid: M })))
    .expect(200);
  cookie = await signIn('alex@acme.example', { cookie: sessionCookieOf(home)! });
  // The router alone, with a short heartbeat and a hub the test can inspect.
  const bare = express();
  bare.use('/api', sessions(prismaSessionStore(store.prisma)));
  bare.use('/api/meetings', meetingsRouter(store.prisma, { hub, heartbeatMs: 50 }));
  bare.use(errorHandler(pino({ level: 'silent' })));
  server = bare.listen(0);
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

it('sends heartbeat comments and unsubscribes when the client goes away', async () => {
  const { port } = server.address() as AddressInfo;
  const abort = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}/api/meetings/${encodeURIComponent(M)}/events`, { headers: { Cookie: cookie }, signal: abort.signal });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes(': heartbeat')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  expect(text).toMatch(/^event: meeting\ndata: /);
  expect(text).toContain(': heartbeat\n\n');
  expect(hub.size()).toBe(1);
  abort.abort();
  await reader.cancel().catch(() => undefined);
  await expect.poll(() => hub.size(), { timeout: 2_000 }).toBe(0);
});
