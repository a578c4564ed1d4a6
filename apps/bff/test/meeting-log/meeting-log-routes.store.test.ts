import { signWebhook } from '@c360/zoom-sandbox/src/webhooks/sign-webhook.ts';
import type { Store } from '@c360/c360/store';
import { storeTest as it } from '@c360/c360/testing';
import { activitySchema, domainSettingsSchema, meetingLogPageSchema, meetingLogViewSchema, type MeetingLogView } from '@c360/contracts';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { createApp } from '../../src/app.ts';
import { TEST_CLIENT_ID, TEST_CLIENT_SECRET } from '../support/app-context.ts';
import { get, signedIn, write, type TestApp } from '../support/gainsight.ts';
import { testConfig } from '../support/test-app.ts';
import { launchAndSignIn } from '../support/zoom-launch.ts';

const SECRET = 'meeting-log-webhook-secret';
const ACME = 'acme.gainsightcloud.com';
const ALEX_ZOOM = 'zoom-alex';

let store: Store;
let app: TestApp;
let northwindId: string;
let meetingCount = 0;

const logPath = (meetingUuid: string, rest = '/log') => `/api/meetings/${encodeURIComponent(meetingUuid)}${rest}`;
const logOf = async (cookie: string, meetingUuid: string): Promise<MeetingLogView> =>
  meetingLogViewSchema.parse((await get(app, logPath(meetingUuid), cookie).expect(200)).body);
const activitiesOf = (meetingUuid: string) => store.prisma.activity.findMany({ where: { meetingUuid } });
const setMode = (meetingLogMode: 'AUTO' | 'MANUAL') => store.prisma.domain.update({ where: { host: ACME }, data: { meetingLogMode } });

interface Meeting {
  meetingUuid: string;
  host: string;
  attendee: string;
}

/** A meeting alex hosts (his sidebar sent the roster and chose Northwind), with vera in it as an attendee. */
async function startMeeting(): Promise<Meeting> {
  meetingCount += 1;
  const meetingUuid = `http-log-${meetingCount}==`;
  // Many sign-ins from one address in a few seconds: not what the brute-force limit is about here.
  await store.prisma.rateLimitCounter.deleteMany();
  const host = await launchAndSignIn(app, store, { username: 'alex@acme.example', context: { uid: ALEX_ZOOM, mid: meetingUuid, attendrole: 'host' } });
  const attendee = await launchAndSignIn(app, store, {
    username: 'vera@acme.example',
    context: { uid: 'zoom-vera', mid: meetingUuid, attendrole: 'attendee' },
  });
  const participants = [{ participantUuid: 'p-alex', displayName: 'Alex Morgan', email: 'alex@acme.example', role: 'host' }];
  await write(app, 'put', logPath(meetingUuid, '/roster'), host, { participants, topic: 'Quarterly review' }).expect(200);
  await write(app, 'put', logPath(meetingUuid, '/subject'), host, { companyId: northwindId }).expect(200);
  return { meetingUuid, host, attendee };
}

/** A signed delivery, as Zoom sends it; the same request id is a redelivery. */
function sendWebhook(body: object, requestId: string) {
  const raw = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  return request(app)
    .post('/zoom/webhooks')
    .set('content-type', 'application/json')
    .set('x-zm-request-timestamp', timestamp)
    .set('x-zm-signature', signWebhook(SECRET, timestamp, raw))
    .set('x-zm-request-id', requestId)
    .send(raw);
}

const meetingEnded = (uuid: string, hostId = ALEX_ZOOM) => ({
  event: 'meeting.ended',
  payload: {
    account_id: 'acct-1',
    object: { uuid, id: '85746065432', host_id: hostId, topic: 'Quarterly review', start_time: '2026-11-20T09:00:00Z', end_time: '2026-11-20T09:45:00Z' },
  },
});

it.beforeAll(async ({ store: fileStore }) => {
  store = fileStore;
  app = createApp({
    config: testConfig({ ZOOM_CLIENT_ID: TEST_CLIENT_ID, ZOOM_CLIENT_SECRET: TEST_CLIENT_SECRET, ZOOM_WEBHOOK_SECRET_TOKEN: SECRET }),
    store,
    logger: pino({ level: 'silent' }),
  });
  northwindId = (await store.prisma.company.findFirstOrThrow({ where: { domain: { host: ACME }, name: 'Northwind Traders' } })).id;
});

describe('GET/PUT /api/admin/settings', () => {
  it('lets an admin read and switch the meeting log mode, and records it', async () => {
    const alex = await signedIn(app, store, 'alex@acme.example');
    expect(domainSettingsSchema.parse((await get(app, '/api/admin/settings', alex).expect(200)).body)).toEqual({
      meetingLogMode: 'MANUAL',
      transcriptRetentionDays: 30,
    });
    const res = await write(app, 'put', '/api/admin/settings', alex, { meetingLogMode: 'AUTO' }).expect(200);
    expect(res.body).toEqual({ meetingLogMode: 'AUTO', transcriptRetentionDays: 30 });
    expect(await store.prisma.auditEvent.count({ where: { type: 'admin.settings.updated' } })).toBe(1);
    await write(app, 'put', '/api/admin/settings', alex, { meetingLogMode: 'MANUAL' }).expect(200);
  });

  it('names the field of a bad mode', async () => {
    const res = await write(app, 'put', '/api/admin/settings', await signedIn(app, store, 'alex@acme.example'), { meetingLogMode: 'SOMETIMES' }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'meetingLogMode' })]);
  });

  it('refuses a user who is not an admin', async () => {
    const hana = await signedIn(app, store, 'hana.sato@acme.example');
    await get(app, '/api/admin/settings', hana).expect(403);
    await write(app, 'put', '/api/admin/settings', hana, { meetingLogMode: 'AUTO' }).expect(403);
    expect((await store.prisma.domain.findUniqueOrThrow({ where: { host: ACME } })).meetingLogMode).toBe('MANUAL');
  });
});

describe('the after-call log', () => {
  it('is in progress until the meeting ends; then the host, and only the host, saves it once', async () => {
    const { meetingUuid, host, attendee } = await startMeeting();
    expect(await logOf(host, meetingUuid)).toMatchObject({ state: 'IN_PROGRESS', isMine: true });
    // An attendee's end signal does not end the host's log.
    expect((await write(app, 'post', logPath(meetingUuid, '/end'), attendee).expect(200)).body).toMatchObject({ state: 'IN_PROGRESS' });

    const ended = meetingLogViewSchema.parse((await write(app, 'post', logPath(meetingUuid, '/end'), host).expect(200)).body);
    expect(ended).toMatchObject({
      state: 'PENDING',
      isMine: true,
      meeting: { topic: 'Quarterly review', companyId: northwindId, subjectName: 'Northwind Traders' },
    });
    expect(await logOf(attendee, meetingUuid)).toMatchObject({ state: 'PENDING', isMine: false });
    expect(await activitiesOf(meetingUuid)).toEqual([]);

    const forbidden = await write(app, 'post', logPath(meetingUuid), attendee, { action: 'save' }).expect(403);
    expect(forbidden.body.detail).toMatch(/host/);

    const save = { action: 'save', activity: { subject: 'QBR', notes: '<p>Good call</p>' } };
    const saved = await write(app, 'post', logPath(meetingUuid), host, save).expect(200);
    expect(saved.body).toMatchObject({ state: 'LOGGED', activity: { subject: 'QBR', status: 'LOGGED' } });
    // A retried save answers 200 with the same result; a discard now is a conflict naming the state.
    expect((await write(app, 'post', logPath(meetingUuid), host, save).expect(200)).body).toEqual(saved.body);
    const conflict = await write(app, 'post', logPath(meetingUuid), host, { action: 'discard' }).expect(409);
    expect(conflict.body).toMatchObject({ state: 'LOGGED' });
    expect(await activitiesOf(meetingUuid)).toHaveLength(1);
  });

  it('logs one activity for an after-call save re-sent with its Idempotency-Key, answering alike', async () => {
    const { meetingUuid, host } = await startMeeting();
    await write(app, 'post', logPath(meetingUuid, '/end'), host).expect(200);
    const save = { action: 'save', activity: { subject: 'Queued save', notes: '<p>Sent when back online</p>' } };
    const send = () => write(app, 'post', logPath(meetingUuid), host, save).set('Idempotency-Key', `after-call-${meetingUuid}`);
    const first = await send().expect(200);
    const again = await send().expect(200);
    expect(again.body).toEqual(first.body);
    expect(await activitiesOf(meetingUuid)).toHaveLength(1);
    expect(await store.prisma.auditEvent.count({ where: { type: 'meeting.logged', meetingUuid } })).toBe(1);
  });

  it('answers 400 naming each bad field', async () => {
    const { meetingUuid, host } = await startMeeting();
    const res = await write(app, 'post', logPath(meetingUuid), host, { action: 'maybe', activity: { subject: '', companyId: 'nope' } }).expect(400);
    expect(res.body.errors.map((error: { path: string }) => error.path)).toEqual(expect.arrayContaining(['action', 'activity.subject', 'activity.companyId']));
  });

  it('answers 404 to a session linked to another meeting', async () => {
    const { meetingUuid } = await startMeeting();
    const other = await startMeeting();
    await get(app, logPath(meetingUuid), other.host).expect(404);
    await write(app, 'post', logPath(meetingUuid, '/end'), other.host).expect(404);
  });

  it('a signed meeting.ended webhook logs exactly one activity in auto mode, also when redelivered and signalled by the sidebar', async () => {
    await setMode('AUTO');
    try {
      const { meetingUuid, host } = await startMeeting();
      expect((await sendWebhook(meetingEnded(meetingUuid), `req-${meetingUuid}`).expect(200)).body).toEqual({ status: 'recorded' });
      expect((await sendWebhook(meetingEnded(meetingUuid), `req-${meetingUuid}`).expect(200)).body).toEqual({ status: 'duplicate' });
      await sendWebhook(meetingEnded(meetingUuid), `req-${meetingUuid}-again`).expect(200);
      await write(app, 'post', logPath(meetingUuid, '/end'), host).expect(200);

      const activities = await activitiesOf(meetingUuid);
      expect(activities).toHaveLength(1);
      expect(activities[0]).toMatchObject({ source: 'ZOOM_MEETING_LOG', subject: 'Quarterly review', companyId: northwindId });
      expect(await logOf(host, meetingUuid)).toMatchObject({ state: 'LOGGED', activity: { id: activities[0]!.id } });
      const events = await store.prisma.zoomWebhookEvent.findMany({ where: { meetingUuid } });
      expect(events.every((event) => event.processedAt !== null)).toBe(true);
    } finally {
      await setMode('MANUAL');
    }
  });

  it('ignores a meeting.ended webhook whose host is not the meeting host', async () => {
    const { meetingUuid, host } = await startMeeting();
    await sendWebhook(meetingEnded(meetingUuid, 'zoom-someone-else'), `req-${meetingUuid}`).expect(200);
    expect((await logOf(host, meetingUuid)).state).toBe('IN_PROGRESS');
  });

  it('publishes the new log state to the open sidebars of the meeting', async () => {
    const { meetingUuid, host, attendee } = await startMeeting();
    const received: string[] = [];
    const stream = request(app)
      .get(logPath(meetingUuid, '/events'))
      .set('Cookie', attendee)
      .buffer(false)
      .parse((res, callback) => {
        res.on('data', (chunk: Buffer) => {
          received.push(chunk.toString());
          if (received.join('').includes('"logState":"PENDING"')) (res as unknown as { destroy: () => void }).destroy();
        });
        res.on('close', () => callback(null, null));
        res.on('error', () => callback(null, null));
      });
    const done = stream.then(
      () => undefined,
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await sendWebhook(meetingEnded(meetingUuid), `req-${meetingUuid}`).expect(200);
    await done;
    expect(received.join('')).toContain('"logState":"PENDING"');
    expect((await logOf(host, meetingUuid)).state).toBe('PENDING');
  });
});

describe('the wrap-up after an activity logged in the call', () => {
  it('Save writes the panel onto the activity logged in the call, from the version it showed; a stale version is a 409 carrying the current activity', async () => {
    const { meetingUuid, host } = await startMeeting();
    const inCall = activitySchema.parse(
      (
        await write(app, 'post', '/api/activities', host, {
          type: 'MEETING',
          status: 'LOGGED',
          subject: 'Quarterly review',
          notes: '<p>In the call</p>',
          activityDate: '2026-11-20T09:05:00.000Z',
          companyId: northwindId,
          meetingUuid,
        }).expect(201)
      ).body,
    );
    const pending = meetingLogViewSchema.parse((await write(app, 'post', logPath(meetingUuid, '/end'), host).expect(200)).body);
    expect(pending).toMatchObject({ state: 'PENDING', activity: { id: inCall.id, notes: '<p>In the call</p>' } });

    const stale = await write(app, 'post', logPath(meetingUuid), host, {
      action: 'save',
      activity: { notes: '<p>Wrap-up</p>', version: inCall.version + 1 },
    }).expect(409);
    expect(stale.body).toMatchObject({ current: { id: inCall.id, version: inCall.version, notes: '<p>In the call</p>' } });

    const save = { action: 'save', activity: { subject: 'QBR', notes: '<p>In the call</p><p>Wrap-up</p>', version: inCall.version } };
    const saved = meetingLogViewSchema.parse((await write(app, 'post', logPath(meetingUuid), host, save).expect(200)).body);
    expect(saved).toMatchObject({
      state: 'LOGGED',
      activity: { id: inCall.id, version: inCall.version + 1, subject: 'QBR', notes: '<p>In the call</p><p>Wrap-up</p>' },
    });
    expect(await activitiesOf(meetingUuid)).toHaveLength(1);
  });
});

describe('GET /api/meeting-logs and GET/POST /api/meeting-logs/:meetingUuid', () => {
  const logsPath = (meetingUuid = '') => `/api/meeting-logs${meetingUuid === '' ? '' : `/${encodeURIComponent(meetingUuid)}`}`;

  it("lists the host's pending logs of any meeting, and answers one from another meeting's sidebar", async () => {
    const ended = await startMeeting();
    await write(app, 'post', logPath(ended.meetingUuid, '/end'), ended.host).expect(200);
    // Alex is now in another meeting: the ended one's own route no longer reaches it.
    const { host } = await startMeeting();
    await get(app, logPath(ended.meetingUuid), host).expect(404);

    const page = meetingLogPageSchema.parse((await get(app, `${logsPath()}?state=PENDING`, host).expect(200)).body);
    expect(page.items).toContainEqual({
      meetingUuid: ended.meetingUuid,
      topic: 'Quarterly review',
      subjectName: 'Northwind Traders',
      endedAt: expect.any(String),
    });
    expect(page.total).toBeGreaterThanOrEqual(1);

    const log = meetingLogViewSchema.parse((await get(app, logsPath(ended.meetingUuid), host).expect(200)).body);
    expect(log).toMatchObject({ state: 'PENDING', isMine: true, meeting: { companyId: northwindId } });
    const saved = await write(app, 'post', logsPath(ended.meetingUuid), host, { action: 'save', activity: { subject: 'Late wrap-up' } }).expect(200);
    expect(saved.body).toMatchObject({ state: 'LOGGED', activity: { subject: 'Late wrap-up' } });
    const after = meetingLogPageSchema.parse((await get(app, `${logsPath()}?state=PENDING`, host).expect(200)).body);
    expect(after.items.map((item) => item.meetingUuid)).not.toContain(ended.meetingUuid);
    expect(after.total).toBe(page.total - 1);
  });

  it("answers 404 for another user's or another domain's meeting, and 400 naming a missing state", async () => {
    const { meetingUuid, host, attendee } = await startMeeting();
    await write(app, 'post', logPath(meetingUuid, '/end'), host).expect(200);
    await get(app, logsPath(meetingUuid), attendee).expect(404);
    await write(app, 'post', logsPath(meetingUuid), attendee, { action: 'discard' }).expect(404);
    const sam = await signedIn(app, store, 'sam@globex.example', { host: 'globex.us2.gainsightcloud.com' });
    await get(app, logsPath(meetingUuid), sam).expect(404);
    await write(app, 'post', logsPath(meetingUuid), sam, { action: 'discard' }).expect(404);
    expect(
      meetingLogPageSchema.parse((await get(app, `${logsPath()}?state=PENDING`, attendee).expect(200)).body).items.map((item) => item.meetingUuid),
    ).not.toContain(meetingUuid);
    expect((await get(app, logsPath(), host).expect(400)).body.errors).toEqual([expect.objectContaining({ path: 'state' })]);
    expect((await logOf(host, meetingUuid)).state).toBe('PENDING');
  });
});
