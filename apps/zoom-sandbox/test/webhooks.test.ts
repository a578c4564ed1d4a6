import { createHmac } from 'node:crypto';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandboxApp } from '../src/app.ts';
import { createSandboxState } from '../src/state/sandbox-state.ts';
import { redeliver, sendWebhook } from '../src/webhooks/send-webhook.ts';
import { validateWebhookEndpoint } from '../src/webhooks/validate-endpoint.ts';
import { testSandboxConfig } from './support/config.ts';
import { startWebhookReceiver, type ReceivedWebhook } from './support/webhook-receiver.ts';

const SECRET = 'test-webhook-secret';
// The formula from Zoom's docs, written out here rather than imported, so the test checks the sender.
const documentedSignature = (timestamp: string, rawBody: string) => `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
const header = (received: ReceivedWebhook | undefined, name: string) => String(received?.headers[name]);

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function setup(reply?: Parameters<typeof startWebhookReceiver>[0]) {
  receiver = await startWebhookReceiver(reply);
  const config = testSandboxConfig({ PUBLIC_URL: receiver.origin, ZOOM_WEBHOOK_SECRET_TOKEN: SECRET });
  const state = createSandboxState();
  return { config, state, app: createSandboxApp(config, state), received: receiver.received };
}

describe('the webhook sender', () => {
  it('posts a JSON event signed with the documented formula', async () => {
    const { config, state, received } = await setup();
    const delivery = await sendWebhook(config, state, { event: 'meeting.started', payload: { object: { uuid: 'u1' } } });
    const [hit] = received;
    expect(header(hit, 'content-type')).toMatch(/^application\/json/);
    expect(header(hit, 'user-agent')).toBe('Zoom Marketplace/1.0a');
    expect(header(hit, 'x-zm-request-id')).toBe(delivery.requestId);
    const timestamp = header(hit, 'x-zm-request-timestamp');
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(5);
    expect(header(hit, 'x-zm-signature')).toBe(documentedSignature(timestamp, hit!.rawBody));
    expect(JSON.parse(hit!.rawBody)).toEqual({ event: 'meeting.started', payload: { object: { uuid: 'u1' } }, event_ts: expect.any(Number) });
    expect(delivery.attempts).toMatchObject([{ status: 200, responseBody: '{}' }]);
  });

  it('can send a stale timestamp or a bad signature', async () => {
    const { config, state, received } = await setup();
    await sendWebhook(config, state, { event: 'meeting.ended', payload: {} }, { staleBySeconds: 600 });
    const stale = header(received[0], 'x-zm-request-timestamp');
    expect(Date.now() / 1000 - Number(stale)).toBeGreaterThan(590);
    expect(header(received[0], 'x-zm-signature')).toBe(documentedSignature(stale, received[0]!.rawBody));
    await sendWebhook(config, state, { event: 'meeting.ended', payload: {} }, { badSignature: true });
    const ts = header(received[1], 'x-zm-request-timestamp');
    expect(header(received[1], 'x-zm-signature')).not.toBe(documentedSignature(ts, received[1]!.rawBody));
  });

  it('redelivers the identical body and request id with a fresh signature', async () => {
    let status = 503;
    const { config, state, received } = await setup(() => ({ status, body: { ok: status === 200 } }));
    const delivery = await sendWebhook(config, state, { event: 'recording.completed', payload: { id: 1 } });
    status = 200;
    await redeliver(config, state, delivery.id);
    expect(received).toHaveLength(2);
    expect(received[1]!.rawBody).toBe(received[0]!.rawBody);
    expect(header(received[1], 'x-zm-request-id')).toBe(header(received[0], 'x-zm-request-id'));
    expect(header(received[1], 'x-zm-signature')).toBe(documentedSignature(header(received[1], 'x-zm-request-timestamp'), received[1]!.rawBody));
    expect(delivery.attempts.map((a) => a.status)).toEqual([503, 200]);
  });

  it('records an unreachable endpoint without throwing', async () => {
    const { config, state } = await setup();
    await receiver!.close();
    receiver = undefined;
    const delivery = await sendWebhook(config, state, { event: 'meeting.started', payload: {} });
    expect(delivery.attempts[0]).toMatchObject({ status: null, error: expect.any(String) });
  });
});

describe('endpoint URL validation', () => {
  const correctReply = ({ rawBody }: ReceivedWebhook) => {
    const { plainToken } = JSON.parse(rawBody).payload as { plainToken: string };
    return { status: 200, body: { plainToken, encryptedToken: createHmac('sha256', SECRET).update(plainToken).digest('hex') } };
  };

  it('passes when the endpoint proves it knows the secret token', async () => {
    const { config, state, received } = await setup(correctReply);
    const delivery = await validateWebhookEndpoint(config, state);
    expect(JSON.parse(received[0]!.rawBody).event).toBe('endpoint.url_validation');
    expect(delivery.urlValidationPassed).toBe(true);
  });

  it('fails on a wrong answer', async () => {
    const { config, state } = await setup(() => ({ status: 200, body: { plainToken: 'x', encryptedToken: 'y' } }));
    expect((await validateWebhookEndpoint(config, state)).urlValidationPassed).toBe(false);
  });

  it('is a button on the webhooks page, which lists deliveries with Redeliver', async () => {
    const { app, state, received } = await setup(correctReply);
    await request(app).post('/webhooks/validate').expect(303).expect('Location', '/webhooks');
    const page = await request(app).get('/webhooks').expect(200);
    expect(page.text).toContain('endpoint.url_validation');
    expect(page.text).toContain('validation passed');
    expect(page.text).toContain(`action="/webhooks/${state.webhookDeliveries[0]!.id}/redeliver"`);
    await request(app).post(`/webhooks/${state.webhookDeliveries[0]!.id}/redeliver`).expect(303);
    expect(received).toHaveLength(2);
    await request(app).post('/webhooks/nope/redeliver').expect(404);
  });
});
