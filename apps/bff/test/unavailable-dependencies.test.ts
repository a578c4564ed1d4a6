import type { SessionStore } from '@c360/c360';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { SESSION_COOKIE } from '../src/session/index.ts';
import { reachableStore, testConfig } from './support/test-app.ts';

const down = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:6379'));
const unreachableSessions: SessionStore = {
  find: down,
  save: down,
  delete: down,
  deleteByZoomUser: down,
  findLatestSignedIn: down,
};

const app = (deps: Partial<Parameters<typeof createApp>[0]>) =>
  createApp({ config: testConfig(), store: reachableStore, logger: pino({ level: 'silent' }), ...deps });

describe('when Redis (or another dependency) is down', () => {
  it('/readyz answers 503 naming it', async () => {
    const res = await request(app({ dependencies: [{ name: 'Redis server', ping: down }] })).get('/readyz').expect(503);
    expect(res.body.detail).toBe('The Redis server is not reachable.');
  });

  it('a request with a session answers 503 problem+json, not 500', async () => {
    const res = await request(app({ sessionStore: unreachableSessions }))
      .get('/api/session')
      .set('Cookie', `${SESSION_COOKIE}=some-token`)
      .expect(503);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.detail).toBe('Sessions are unavailable right now. Try again in a moment.');
  });
});
