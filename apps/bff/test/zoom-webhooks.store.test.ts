import { randomUUID } from 'node:crypto';
import { lastAttempt, redeliver, sendWebhook } from '@c360/zoom-sandbox/src/webhooks/send-webhook.ts';
import { signWebhook } from '@c360/zoom-sandbox/src/webhooks/sign-webhook.ts';
import { validateWebhookEndpoint } from '@c360/zoom-sandbox/src/webhooks/validate-endpoint.ts';
import { ZOOM_USERS } from '@c360/zoom-sandbox/src/zoom-users.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installApp, TestBrowser } from './support/zoom-browser.ts';
import { startZoomHarness, type ZoomHarness } from './support/zoom-harness.ts';

let zoom: ZoomHarness;
beforeAll(async () => {
  zoom = await startZoomHarness();
});
afterAll(async () => {
  await zoom.close();
});

const events = () => zoom.store.prisma.zoomWebhookEvent.findMany({ orderBy: { receivedAt: 'asc' } });

const meetingEnded = (hostId: string, uuid: string) => ({
  event: 'meeting.ended',
  payload: {
    account_id: 'acct-should-not-be-kept',
    object: { uuid, id: '85746065432', host_id: hostId, topic: 'Quarterly review', end_time: new Date().toISOString() },
  },
});

async function send(event: { event: string; payload: Record<string, unknown> }, options?: Parameters<typeof sendWebhook>[3]) {
  const delivery = await sendWebhook(zoom.sandboxConfig, zoom.sandbox, event, options);
  return { delivery, attempt: lastAttempt(delivery)! };
}

/** What an eavesdropper can do with a captured delivery: send the same signed bytes again, under any request id. */
/**
 * A body signed with the secret token at `timestamp` (by default now), posted as Zoom would, under
 * `requestId` (by default a new one; null: no request id at all).
 */
function postSigned(body: string, { timestamp = String(Math.floor(Date.now() / 1000)), requestId = randomUUID() as string | null } = {}) {
  return fetch(`${zoom.bffOrigin}/zoom/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-zm-request-timestamp': timestamp,
      'x-zm-signature': signWebhook(zoom.sandboxConfig.ZOOM_WEBHOOK_SECRET_TOKEN, timestamp, body),
      ...(requestId === null ? {} : { 'x-zm-request-id': requestId }),
    },
    body,
  });
}

/** A delivery's signed bytes sent again, as its first attempt signed them. */
const replay = (delivery: { body: string; attempts: Array<{ timestamp: string }> }, requestId: string | undefined) =>
  postSigned(delivery.body, { timestamp: delivery.attempts[0]!.timestamp, requestId: requestId ?? null });

/** Installs, removes and re-installs the app for a Zoom user: answers the deauthorization sent in between. */
async function reinstalledAfterRemoval(zoomUserId: string) {
  await installApp(zoom, zoomUserId);
  await new TestBrowser(zoom).signInToZoom(zoomUserId).request(`${zoom.sandboxOrigin}/marketplace/remove`, { method: 'POST' });
  const deauthorization = zoom.sandbox.webhookDeliveries.findLast((delivery) => delivery.event === 'app_deauthorized')!;
  await installApp(zoom, zoomUserId);
  return deauthorization;
}

describe('Zoom webhooks', () => {
  it('answer Zoom’s endpoint validation with the HMAC of its token', async () => {
    const delivery = await validateWebhookEndpoint(zoom.sandboxConfig, zoom.sandbox);
    expect(delivery.urlValidationPassed).toBe(true);
  });

  it('reject a delivery with a bad signature and store nothing', async () => {
    const before = (await events()).length;
    const { attempt } = await send(meetingEnded(ZOOM_USERS[0]!.id, 'bad-signature-meeting'), { badSignature: true });
    expect(attempt.status).toBe(401);
    expect(JSON.parse(attempt.responseBody)).toMatchObject({ status: 401, type: 'urn:c360:problem:webhook-signature' });
    expect((await events()).length).toBe(before);
  });

  it('reject a delivery signed more than 5 minutes ago and store nothing', async () => {
    const before = (await events()).length;
    const { attempt } = await send(meetingEnded(ZOOM_USERS[0]!.id, 'stale-meeting'), { staleBySeconds: 5 * 60 + 30 });
    expect(attempt.status).toBe(401);
    expect((await events()).length).toBe(before);
  });

  it('reject an unsigned request, even a URL validation', async () => {
    const res = await fetch(`${zoom.bffOrigin}/zoom/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event: 'endpoint.url_validation', payload: { plainToken: 'abc' } }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  it('store meeting.ended and recording.transcript_completed for the after-call features, without the account id', async () => {
    const host = ZOOM_USERS[0]!.id;
    const ended = await send(meetingEnded(host, 'meeting-uuid-1=='));
    const transcript = await send({
      event: 'recording.transcript_completed',
      payload: { account_id: 'acct-x', object: { uuid: 'meeting-uuid-1==', host_id: host, recording_files: [] } },
    });
    expect([ended.attempt.status, transcript.attempt.status]).toEqual([200, 200]);
    expect(ended.attempt.durationMs).toBeLessThan(3000);

    const stored = await zoom.store.prisma.zoomWebhookEvent.findMany({ where: { meetingUuid: 'meeting-uuid-1==' }, orderBy: { event: 'asc' } });
    expect(stored.map((row) => [row.event, row.zoomUserId, row.deliveryKey, row.processedAt])).toEqual([
      // meeting.ended is applied at once (the after-call log), so it is already processed.
      ['meeting.ended', host, ended.delivery.requestId, expect.any(Date)],
      ['recording.transcript_completed', host, transcript.delivery.requestId, null],
    ]);
    expect(JSON.stringify(stored.map((row) => row.payload))).not.toContain('acct-');
  });

  it('acknowledge a redelivery and ignore it', async () => {
    const { delivery } = await send(meetingEnded(ZOOM_USERS[0]!.id, 'redelivered-meeting'));
    const before = await events();
    await redeliver(zoom.sandboxConfig, zoom.sandbox, delivery.id);
    const retry = lastAttempt(delivery)!;
    expect(retry.status).toBe(200);
    expect(JSON.parse(retry.responseBody)).toEqual({ status: 'duplicate' });
    expect(await events()).toEqual(before);
  });

  it('on app_deauthorized, delete the user’s tokens, sessions and Zoom records, and nobody else’s', async () => {
    const [leaving, staying] = [ZOOM_USERS[4]!, ZOOM_USERS[5]!];
    await installApp(zoom, leaving.id);
    await installApp(zoom, staying.id);
    const prisma = zoom.store.prisma;
    const expires = new Date(Date.now() + 3_600_000);
    await prisma.session.createMany({
      data: [
        { id: 'session-of-leaving-user', zoomUserId: leaving.id, idleExpiresAt: expires, absoluteExpiresAt: expires },
        { id: 'session-of-staying-user', zoomUserId: staying.id, idleExpiresAt: expires, absoluteExpiresAt: expires },
      ],
    });
    const domain = await prisma.domain.create({
      data: { tenant: 'globex', name: 'Globex', host: 'globex-webhooks.us2.gainsightcloud.com', dataCenter: 'US2', environment: 'PRODUCTION' },
    });
    await prisma.meeting.create({ data: { domainId: domain.id, meetingUuid: 'hosted-by-leaving', hostZoomUserId: leaving.id } });
    await send(meetingEnded(leaving.id, 'hosted-by-leaving'));
    await send(meetingEnded(staying.id, 'hosted-by-staying'));

    // The user removes the app in Zoom; Zoom sends the signed app_deauthorized event.
    const remove = await new TestBrowser(zoom).signInToZoom(leaving.id).request(`${zoom.sandboxOrigin}/marketplace/remove`, { method: 'POST' });
    expect(remove.status).toBe(303);
    const deauthorization = zoom.sandbox.webhookDeliveries.findLast((delivery) => delivery.event === 'app_deauthorized')!;
    expect(lastAttempt(deauthorization)?.status).toBe(200);

    expect(await prisma.zoomInstallation.findUnique({ where: { zoomUserId: leaving.id } })).toBeNull();
    expect(await prisma.session.count({ where: { zoomUserId: leaving.id } })).toBe(0);
    const leftovers = await prisma.zoomWebhookEvent.findMany({ where: { zoomUserId: leaving.id } });
    expect(leftovers.map((row) => row.event)).toEqual(['app_deauthorized']);
    expect(JSON.stringify(leftovers[0]!.payload)).not.toContain(leaving.accountId);
    expect(leftovers[0]!.processedAt).not.toBeNull();
    expect((await prisma.meeting.findFirstOrThrow({ where: { meetingUuid: 'hosted-by-leaving' } })).hostZoomUserId).toBeNull();

    expect(await prisma.zoomInstallation.findUnique({ where: { zoomUserId: staying.id } })).not.toBeNull();
    expect(await prisma.session.count({ where: { zoomUserId: staying.id } })).toBe(1);
    expect(await prisma.zoomWebhookEvent.count({ where: { zoomUserId: staying.id } })).toBe(1);
  });

  it('do not let a replayed deauthorization remove a later re-install', async () => {
    const user = ZOOM_USERS[3]!;
    const deauthorization = await reinstalledAfterRemoval(user.id);

    await redeliver(zoom.sandboxConfig, zoom.sandbox, deauthorization.id);
    expect(lastAttempt(deauthorization)?.status).toBe(200);
    expect(await zoom.store.prisma.zoomInstallation.count({ where: { zoomUserId: user.id } })).toBe(1);
  });

  it('accept a delivery without a request id once, keyed by the event itself', async () => {
    const body = JSON.stringify({ ...meetingEnded(ZOOM_USERS[0]!.id, 'no-request-id'), event_ts: 1_700_000_000_000 });
    const post = () => postSigned(body, { requestId: null }).then((res) => res.json());
    expect(await post()).toEqual({ status: 'recorded' });
    expect(await post()).toEqual({ status: 'duplicate' });
    expect(await zoom.store.prisma.zoomWebhookEvent.count({ where: { meetingUuid: 'no-request-id' } })).toBe(1);
  });

  it('acknowledge the same signed bytes re-sent under another request id, or none, as a duplicate and store them once', async () => {
    const { delivery } = await send(meetingEnded(ZOOM_USERS[0]!.id, 'replayed-meeting'));
    for (const requestId of [randomUUID(), undefined, delivery.requestId]) {
      const res = await replay(delivery, requestId);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'duplicate' });
    }
    expect(await zoom.store.prisma.zoomWebhookEvent.count({ where: { meetingUuid: 'replayed-meeting' } })).toBe(1);
  });

  it('record the same signed bytes raced under five request ids exactly once', async () => {
    const body = JSON.stringify({ ...meetingEnded(ZOOM_USERS[0]!.id, 'raced-replay'), event_ts: 1_700_000_000_000 });
    const captured = { body, attempts: [{ timestamp: String(Math.floor(Date.now() / 1000)) }] };
    const answers = await Promise.all(Array.from({ length: 5 }, () => replay(captured, randomUUID()).then((res) => res.json() as Promise<{ status: string }>)));
    expect(answers.filter((answer) => answer.status === 'recorded')).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 'duplicate')).toHaveLength(4);
    expect(await zoom.store.prisma.zoomWebhookEvent.count({ where: { meetingUuid: 'raced-replay' } })).toBe(1);
  });

  it('do not let a deauthorization replayed under a new request id remove a later re-install', async () => {
    const user = ZOOM_USERS[2]!;
    const deauthorization = await reinstalledAfterRemoval(user.id);

    const res = await replay(deauthorization, randomUUID());
    expect(await res.json()).toEqual({ status: 'duplicate' });
    expect(await zoom.store.prisma.zoomInstallation.count({ where: { zoomUserId: user.id } })).toBe(1);
    expect(await zoom.store.prisma.zoomWebhookEvent.count({ where: { zoomUserId: user.id, event: 'app_deauthorized' } })).toBe(1);
  });

  it('refuse a correctly signed delivery nested 20,000 deep with a 400 naming the payload, and store nothing', async () => {
    const before = (await events()).length;
    const deep = '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000);
    const body = `{"event":"meeting.ended","payload":{"object":{"uuid":"deep-meeting","host_id":"${ZOOM_USERS[0]!.id}","extra":${deep}}}}`;
    const res = await postSigned(body);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 400, errors: [{ path: 'payload' }] });
    expect((await events()).length).toBe(before);
  });

  it('refuse a correctly signed delivery whose topic holds NUL with a 400 naming the payload (jsonb cannot keep it), and store nothing', async () => {
    const before = (await events()).length;
    const body = JSON.stringify({ event: 'meeting.ended', payload: { object: { uuid: 'nul-meeting', host_id: ZOOM_USERS[0]!.id, topic: 'a\u0000b' } } });
    const res = await postSigned(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 400, errors: [{ path: 'payload' }] });
    expect((await events()).length).toBe(before);
  });
});
