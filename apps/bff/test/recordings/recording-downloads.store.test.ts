import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { activityRecordingsSchema, recordingSearchResultSchema } from '@c360/contracts';
import { addRecording, failNextDownloads, type RecordingFileDescriptor } from '@c360/zoom-sandbox/src/rest/recordings.ts';
import { lastAttempt, redeliver, sendWebhook } from '@c360/zoom-sandbox/src/webhooks/send-webhook.ts';
import { ZOOM_USERS } from '@c360/zoom-sandbox/src/zoom-users.ts';
import { setClock } from '@c360/c360';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingDownloader, type RecordingDownloader } from '../../src/recordings/recording-downloader.ts';
import { companyIdOf, gainsightTestApp, get, signedIn, type TestApp } from '../support/gainsight.ts';
import { installApp } from '../support/zoom-browser.ts';
import { startZoomHarness, type ZoomHarness } from '../support/zoom-harness.ts';

const ACME = 'acme.gainsightcloud.com';
const GLOBEX = 'globex.us2.gainsightcloud.com';
const HOST = ZOOM_USERS[0]!;
const TRANSCRIPT =
  'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nAlex Doe: Let us review the renewal\n\n2\n00:00:05.000 --> 00:00:08.000\n佐藤 花子: 来週までに見積もりを送ります\n';
const CHAT = '10:00:05 From Mia Chen to Everyone:\n\tHere is the deck\n';
const POLICY = { baseMs: 60_000, maxAttempts: 3 };

let zoom: ZoomHarness;
let app: TestApp;
let alex: string;
let sam: string;
let downloader: RecordingDownloader;
/** The product's clock runs `offsetMs` ahead of real time, so a test makes retries due at once. */
let offsetMs = 0;
let restoreClock: (() => void) | undefined;
const logged: string[] = [];

beforeAll(async () => {
  zoom = await startZoomHarness({ seeded: true });
  app = gainsightTestApp(zoom.store);
  [alex, sam] = await Promise.all([signedIn(app, zoom.store, 'alex@acme.example'), signedIn(app, zoom.store, 'sam@globex.example', { host: GLOBEX })]);
  await installApp(zoom, HOST.id);
  const logStream = new Writable({ write: (chunk: Buffer, _encoding, done) => done(void logged.push(chunk.toString())) });
  downloader = createRecordingDownloader({
    config: zoom.config,
    prisma: zoom.store.prisma,
    logger: pino({ level: 'info' }, logStream),
    policy: POLICY,
  });
  restoreClock = setClock(() => new Date(Date.now() + offsetMs));
}, 60_000);
// Zoom's webhooks are signed on Zoom's clock: a product clock left minutes ahead would find them stale.
afterEach(() => {
  offsetMs = 0;
});
afterAll(async () => {
  restoreClock?.();
  await downloader?.stop();
  await zoom?.close();
});

/** A meeting alex opened the sidebar in (hosted by HOST) and logged as an activity. */
async function loggedMeeting() {
  const { prisma } = zoom.store;
  const meetingUuid = `${randomUUID()}==`;
  const companyId = await companyIdOf(zoom.store, ACME);
  const author = await prisma.user.findFirstOrThrow({ where: { username: 'alex@acme.example', domain: { host: ACME } } });
  const meeting = await prisma.meeting.create({
    data: { domainId: author.domainId, meetingUuid, hostZoomUserId: HOST.id, companyId, startedAt: new Date('2026-11-20T10:00:00Z') },
  });
  const activity = await prisma.activity.create({
    data: {
      domainId: author.domainId,
      type: 'MEETING',
      status: 'LOGGED',
      subject: 'QBR',
      activityDate: new Date(),
      authorId: author.id,
      companyId,
      meetingUuid,
    },
  });
  return { meetingUuid, meetingId: meeting.id, activityId: activity.id };
}

/** Zoom's `recording.completed`, as the sandbox sends it, signed. */
async function recordingCompleted(meetingUuid: string, files: RecordingFileDescriptor[]) {
  const delivery = await sendWebhook(zoom.sandboxConfig, zoom.sandbox, {
    event: 'recording.completed',
    payload: {
      account_id: HOST.accountId,
      object: { uuid: meetingUuid, id: 81234567890, host_id: HOST.id, topic: 'QBR', start_time: '2026-11-20T10:00:00Z', duration: 30, recording_files: files },
    },
  });
  expect(lastAttempt(delivery)?.status).toBe(200);
  return delivery;
}

const filesOf = (meetingId: string) => zoom.store.prisma.meetingRecordingFile.findMany({ where: { meetingId }, orderBy: { kind: 'asc' } });
const lineCount = (meetingId: string) => zoom.store.prisma.recordingLine.count({ where: { file: { meetingId } } });

describe('recording webhooks', () => {
  it('downloads the transcript and chat with the host’s token and attaches them once, however often Zoom delivers', async () => {
    const { meetingUuid, meetingId, activityId } = await loggedMeeting();
    const files = addRecording(zoom.sandbox, meetingUuid, HOST.id, [
      { fileType: 'TRANSCRIPT', content: TRANSCRIPT },
      { fileType: 'CHAT', content: CHAT },
    ]);
    const delivery = await recordingCompleted(meetingUuid, files);
    expect((await filesOf(meetingId)).map((file) => file.status)).toEqual(['PENDING', 'PENDING']);

    expect(await downloader.runDue()).toBe(2);
    await redeliver(zoom.sandboxConfig, zoom.sandbox, delivery.id);
    await recordingCompleted(meetingUuid, files);
    expect(await downloader.runDue()).toBe(0);

    expect((await filesOf(meetingId)).map((file) => [file.kind, file.status, file.attempts])).toEqual([
      ['TRANSCRIPT', 'STORED', 1],
      ['CHAT', 'STORED', 1],
    ]);
    expect(await lineCount(meetingId)).toBe(3);
    const res = await get(app, `/api/activities/${activityId}/recordings`, alex).expect(200);
    const { files: views } = activityRecordingsSchema.parse(res.body);
    expect(views[0]!.lines.map((line) => [line.speaker, line.text])).toEqual([
      ['Alex Doe', 'Let us review the renewal'],
      ['佐藤 花子', '来週までに見積もりを送ります'],
    ]);
    expect(views[1]!.lines).toEqual([{ seq: 0, startMs: 36_005_000, speaker: 'Mia Chen', text: 'Here is the deck' }]);
    expect(await zoom.store.prisma.auditEvent.count({ where: { type: 'recording.attached', meetingUuid } })).toBe(2);
  });

  it('starts downloading as soon as it is kicked', async () => {
    const { meetingUuid, meetingId } = await loggedMeeting();
    await recordingCompleted(meetingUuid, addRecording(zoom.sandbox, meetingUuid, HOST.id, [{ fileType: 'TRANSCRIPT', content: TRANSCRIPT }]));
    downloader.kick();
    await expect.poll(async () => (await filesOf(meetingId))[0]?.status, { timeout: 10_000 }).toBe('STORED');
  });

  it('retries a failing download with backoff, then stores it', async () => {
    const { meetingUuid, meetingId } = await loggedMeeting();
    await recordingCompleted(meetingUuid, addRecording(zoom.sandbox, meetingUuid, HOST.id, [{ fileType: 'TRANSCRIPT', content: TRANSCRIPT }]));
    failNextDownloads(zoom.sandbox, 2);

    await downloader.runDue();
    const [first] = await filesOf(meetingId);
    expect(first).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'Zoom answered HTTP 500.' });
    // Not due again before the wait is over.
    expect(await downloader.runDue()).toBe(0);

    offsetMs += POLICY.baseMs;
    await downloader.runDue();
    const [second] = await filesOf(meetingId);
    expect(second).toMatchObject({ status: 'PENDING', attempts: 2 });
    expect(second!.nextAttemptAt!.getTime() - first!.nextAttemptAt!.getTime()).toBeGreaterThanOrEqual(2 * POLICY.baseMs);

    offsetMs += 2 * POLICY.baseMs;
    await downloader.runDue();
    expect((await filesOf(meetingId))[0]).toMatchObject({ status: 'STORED', attempts: 3, lastError: null });
    expect(await lineCount(meetingId)).toBe(2);
  });

  it('marks a download that keeps failing FAILED, reports it, and never logs the token', async () => {
    const { meetingUuid, meetingId, activityId } = await loggedMeeting();
    await recordingCompleted(meetingUuid, addRecording(zoom.sandbox, meetingUuid, HOST.id, [{ fileType: 'CHAT', content: CHAT }]));
    failNextDownloads(zoom.sandbox, 100);
    try {
      for (let attempt = 0; attempt < POLICY.maxAttempts; attempt += 1) {
        await downloader.runDue();
        offsetMs += 4 * POLICY.baseMs;
      }
    } finally {
      failNextDownloads(zoom.sandbox, 0);
    }

    expect((await filesOf(meetingId))[0]).toMatchObject({ status: 'FAILED', attempts: 3, lastError: 'Zoom answered HTTP 500.' });
    const reported = await zoom.store.prisma.auditEvent.findMany({ where: { type: 'recording.download-failed', meetingUuid } });
    expect(reported).toHaveLength(1);
    expect(logged.some((line) => line.includes('download failed for good'))).toBe(true);
    const tokens = [...zoom.sandbox.accessTokens.keys()];
    expect(logged.filter((line) => tokens.some((token) => line.includes(token)))).toEqual([]);

    const { files } = activityRecordingsSchema.parse((await get(app, `/api/activities/${activityId}/recordings`, alex).expect(200)).body);
    expect(files).toEqual([expect.objectContaining({ kind: 'CHAT', status: 'FAILED', lastError: 'Zoom answered HTTP 500.', lines: [] })]);
  });
});

describe('recording routes', () => {
  it('searches, downloads with safe headers, and answers another domain with 404', async () => {
    const { meetingUuid, meetingId, activityId } = await loggedMeeting();
    await recordingCompleted(meetingUuid, addRecording(zoom.sandbox, meetingUuid, HOST.id, [{ fileType: 'TRANSCRIPT', content: TRANSCRIPT }]));
    await downloader.runDue();
    const [file] = await filesOf(meetingId);

    const search = recordingSearchResultSchema.parse(
      (await get(app, `/api/activities/${activityId}/recordings/search?q=${encodeURIComponent('見積')}`, alex).expect(200)).body,
    );
    expect(search.matches.map((match) => [match.speaker, match.fileId])).toEqual([['佐藤 花子', file!.id]]);
    const missing = await get(app, `/api/activities/${activityId}/recordings/search`, alex).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'q' })]);

    const download = await get(app, `/api/recording-files/${file!.id}/download`, alex).expect(200);
    expect(download.headers['content-type']).toBe('text/vtt; charset=utf-8');
    expect(download.headers['content-disposition']).toBe('attachment; filename="meeting-2026-11-20-transcript.vtt"');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.text).toBe(TRANSCRIPT);

    await get(app, `/api/activities/${activityId}/recordings`, sam).expect(404);
    await get(app, `/api/activities/${activityId}/recordings/search?q=renewal`, sam).expect(404);
    await get(app, `/api/recording-files/${file!.id}/download`, sam).expect(404);
    await get(app, `/api/recording-files/not-an-id/download`, alex).expect(404);
    await get(app, `/api/activities/${activityId}/recordings`).expect(401);
  });
});
