import { Agent } from 'node:http';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { decryptAppContext } from '@c360/bff/src/zoom/app-context.ts';
import { clientStateOf } from '../src/client/client-state.ts';
import { createLaunch, LAUNCH_TTL_MS } from '../src/client/launches.ts';
import { embeddedBrowserHandler } from '../src/embedded-browser/embedded-browser.ts';
import { createSandboxState } from '../src/state/sandbox-state.ts';
import { testSandboxConfig } from './support/config.ts';
import { startEchoUpstream } from './support/echo-upstream.ts';

let cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  await Promise.all(cleanup.map((step) => step()));
  cleanup = [];
});

async function setup() {
  const upstream = await startEchoUpstream();
  const agent = new Agent({ keepAlive: true });
  cleanup.push(upstream.close, () => agent.destroy());
  const config = testSandboxConfig({ BFF_URL: upstream.url, PUBLIC_URL: 'http://localhost:3000' });
  let now = 1_700_000_000_000;
  const client = clientStateOf(createSandboxState());
  const launch = createLaunch(client.launches, {
    uid: 'KdYKjnimT4KPd8FFgQt9FQ',
    meetingUuid: 'Kq2k5aIeQ0a4m3xwCbQ9lA==',
    role: 'host',
    zoomUserId: 'KdYKjnimT4KPd8FFgQt9FQ',
    participantUUID: 'P1',
    createdAt: now,
  });
  const handler = embeddedBrowserHandler(config, client, agent, () => now);
  return {
    config,
    upstream,
    launch,
    handler,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

const cookies = (response: request.Response) => ([] as string[]).concat(response.headers['set-cookie'] ?? []);

describe('the embedded browser in front of the BFF', () => {
  it('answers a launch with a redirect to the Home URL and a one-minute HttpOnly cookie scoped to it, once', async () => {
    const { handler, launch } = await setup();
    const first = await request(handler).get(`/__zoom/launch/${launch.id}`).expect(302);
    expect(first.headers.location).toBe('/zoom/home');
    expect(cookies(first)).toEqual([`__zoom_launch=${launch.id}; Max-Age=60; Path=/zoom/home; HttpOnly; SameSite=Lax`]);
    await request(handler).get(`/__zoom/launch/${launch.id}`).expect(404);
    await request(handler).get('/__zoom/launch/unknown').expect(404);
  });

  it('sends the Home URL load after a launch with a fresh, valid context instead of the cookie, then clears the cookie', async () => {
    const { handler, launch, upstream, config, advance, now } = await setup();
    await request(handler).get(`/__zoom/launch/${launch.id}`).expect(302);
    advance(30_000);
    const home = await request(handler).get('/zoom/home?lang=ja').set('Cookie', `sid=abc; __zoom_launch=${launch.id}`).expect(200);
    const [seen] = upstream.seen;
    expect(seen?.url).toBe('/zoom/home?lang=ja');
    expect(seen?.headers.cookie).toBe('sid=abc');
    const opened = decryptAppContext(
      String(seen?.headers['x-zoom-app-context']),
      { clientId: config.ZOOM_CLIENT_ID, clientSecret: config.ZOOM_CLIENT_SECRET },
      new Date(now()),
    );
    expect(opened).toMatchObject({ ok: true, context: { uid: launch.uid, mid: launch.meetingUuid, attendrole: 'host', ts: now(), exp: now() + 120_000 } });
    expect(cookies(home)).toEqual(['sid=from-bff; Path=/; HttpOnly', '__zoom_launch=; Max-Age=0; Path=/zoom/home; HttpOnly; SameSite=Lax']);
  });

  it('adds no context to a Home URL load without a launch, with an unknown one, or with one older than a minute', async () => {
    const { handler, launch, upstream, advance } = await setup();
    await request(handler).get('/zoom/home').expect(200);
    await request(handler).get('/zoom/home').set('Cookie', '__zoom_launch=forged').expect(200);
    await request(handler).get(`/__zoom/launch/${launch.id}`).expect(302);
    advance(LAUNCH_TTL_MS + 1);
    await request(handler).get('/zoom/home').set('Cookie', `__zoom_launch=${launch.id}`).expect(200);
    expect(upstream.seen.map((seen) => seen.headers['x-zoom-app-context'])).toEqual([undefined, undefined, undefined]);
    expect(upstream.seen.map((seen) => seen.headers.cookie)).toEqual([undefined, undefined, undefined]);
  });

  it('passes everything else through untouched: method, path, body, cookies, Origin; status, headers and Set-Cookie', async () => {
    const { handler, upstream } = await setup();
    const response = await request(handler)
      .post('/api/zoom/authorized?x=1')
      .set('Cookie', 'sid=abc')
      .set('Origin', 'http://localhost:3000')
      .set('Content-Type', 'application/json')
      .send('{"code":"c"}')
      .expect(207);
    expect(response.text).toBe('upstream says hi');
    expect(response.headers['x-upstream']).toBe('yes');
    expect(cookies(response)).toEqual(['sid=from-bff; Path=/; HttpOnly']);
    expect(upstream.seen[0]).toMatchObject({
      method: 'POST',
      url: '/api/zoom/authorized?x=1',
      body: '{"code":"c"}',
      headers: { cookie: 'sid=abc', origin: 'http://localhost:3000' },
    });
    expect(upstream.seen[0]?.headers['x-zoom-app-context']).toBeUndefined();
  });

  it('answers 502 when the BFF is not running', async () => {
    const { handler, upstream } = await setup();
    await upstream.close();
    const response = await request(handler).get('/healthz').expect(502);
    expect(response.text).toMatch(/cannot reach the product/);
  });
});
