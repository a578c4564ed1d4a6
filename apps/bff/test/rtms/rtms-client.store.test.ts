import { acquireRtmsLease, releaseRtmsLease } from '@c360/c360';
import { redeliver } from '@c360/zoom-sandbox/src/webhooks/send-webhook.ts';
import { RTMS_MSG as MSG } from '@c360/contracts';
import { clientStateOf } from '@c360/zoom-sandbox/src/client/client-state.ts';
import { endMeeting } from '@c360/zoom-sandbox/src/meetings/end-meeting.ts';
import type { Meeting } from '@c360/zoom-sandbox/src/meetings/meeting-records.ts';
import { addParticipant } from '@c360/zoom-sandbox/src/meetings/participants.ts';
import { startDemoMeeting } from '@c360/zoom-sandbox/src/meetings/meetings.ts';
import type { RtmsStream } from '@c360/zoom-sandbox/src/rtms/rtms-server.ts';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RtmsListener, RtmsSpeakerChange, RtmsTranscriptLine } from '../../src/rtms/rtms-listener.ts';
import { RtmsManager, type RtmsManagerDeps } from '../../src/rtms/rtms-manager.ts';
import { rtmsSignature } from '../../src/rtms/rtms-protocol.ts';
import { openRtmsSocket } from '../../src/rtms/rtms-socket.ts';
import { DEFAULT_RTMS_TIMINGS, RtmsStreamConnection, type RtmsConnectionDeps } from '../../src/rtms/rtms-stream-connection.ts';
import { startZoomHarness, type ZoomHarness } from '../support/zoom-harness.ts';

// Zoom's timings shortened a hundredfold and more, so every reconnect path runs in milliseconds.
const TIMINGS = { handshakeTimeoutMs: 2_000, reconnectBaseMs: 30, reconnectMaxMs: 200, duplicateRetryBaseMs: 30, duplicateRetries: 3, maxReconnectAttempts: 8 };
const silent = pino({ level: process.env.RTMS_TEST_LOG ?? 'silent' });

/** What the listener heard, per stream. */
class HeardListener {
  readonly started: string[] = [];
  readonly lines: RtmsTranscriptLine[] = [];
  readonly speakers: RtmsSpeakerChange[] = [];
  readonly pauses: { rtmsStreamId: string; paused: boolean }[] = [];
  readonly stopped: { rtmsStreamId: string; stopReason: number }[] = [];
  listener: RtmsListener = {
    started: async (_meetingUuid, rtmsStreamId) => void this.started.push(rtmsStreamId),
    speaking: async (change) => void this.speakers.push(change),
    paused: async (_meetingUuid, rtmsStreamId, paused) => void this.pauses.push({ rtmsStreamId, paused }),
    line: async (line) => void this.lines.push(line),
    stopped: async (_meetingUuid, rtmsStreamId, stopReason) => void this.stopped.push({ rtmsStreamId, stopReason }),
  };
  linesOf = (rtmsStreamId: string) => this.lines.filter((line) => line.rtmsStreamId === rtmsStreamId).map((line) => line.text);
}

const heard = new HeardListener();
let zoom: ZoomHarness;
let manager: RtmsManager;
let domainId: string;

const managerDeps = (overrides: Partial<RtmsManagerDeps> = {}): RtmsManagerDeps => ({
  prisma: zoom.store.prisma,
  config: zoom.config,
  listener: heard.listener,
  logger: silent,
  timings: TIMINGS,
  ...overrides,
});

beforeAll(async () => {
  zoom = await startZoomHarness({
    seeded: true,
    env: ({ origin }) => ({ ZOOM_RTMS_HOSTS: new URL(origin).host }),
    appDeps: ({ config, store }) => {
      manager = new RtmsManager({ prisma: store.prisma, config, listener: heard.listener, logger: silent, timings: TIMINGS, holder: 'bff-1' });
      return { rtms: manager };
    },
  });
  // The sandbox listens on 127.0.0.1 only; its RTMS URLs must name it so ("localhost" may be ::1).
  zoom.sandbox.settings.origin = zoom.sandboxOrigin;
  Object.assign(zoom.rtms.settings, { keepAliveMs: 40, signalingReconnectWindowMs: 1_500, mediaReconnectWindowMs: 1_500, handshakeTimeoutMs: 1_000 });
  domainId = (await zoom.store.prisma.domain.findFirstOrThrow()).id;
});
afterAll(async () => {
  await manager.close();
  await zoom.close();
});

const meetings = () => clientStateOf(zoom.sandbox).meetings;

/** A meeting whose host's sidebar has sent the roster (so the app knows it), or not. */
async function newMeeting({ known = true } = {}): Promise<Meeting> {
  const meeting = startDemoMeeting(meetings());
  if (known) await zoom.store.prisma.meeting.create({ data: { domainId, meetingUuid: meeting.meetingUUID } });
  return meeting;
}

const ready = (stream: RtmsStream) => stream.signaling !== undefined && stream.media !== undefined && stream.clientReady;
const waitUntil = (condition: () => boolean) => vi.waitUntil(condition, { timeout: 5_000, interval: 10 });

/** Starts capture in a known meeting and waits until the BFF's client is connected and ready. */
async function connectedStream(): Promise<{ meeting: Meeting; stream: RtmsStream }> {
  const meeting = await newMeeting();
  const stream = zoom.rtms.start(meeting, meeting.hostUserId);
  await waitUntil(() => ready(stream));
  return { meeting, stream };
}

const say = (meeting: Meeting, text: string, language: 'en' | 'ja' = 'en') =>
  zoom.rtms.say(meeting.meetingUUID, { userId: 16_778_241, userName: 'Dana Whitfield', text, language, durationMs: 2000 });

/** Says a line and waits until the listener has it: the stream flows end to end. */
async function flows(meeting: Meeting, stream: RtmsStream, text: string) {
  expect(say(meeting, text)).toBe(true);
  await waitUntil(() => heard.linesOf(stream.id).includes(text));
}

const deliveries = (event: string, streamId: string) =>
  zoom.sandbox.webhookDeliveries.filter((delivery) => delivery.event === event && delivery.body.includes(streamId));

const startedPayload = (meeting: Meeting, stream: RtmsStream, serverUrls: string) => ({
  meeting_uuid: meeting.meetingUUID,
  rtms_stream_id: stream.id,
  server_urls: serverUrls,
});

describe('the BFF follows an RTMS stream of the sandbox', () => {
  it('connects on meeting.rtms_started: both handshakes, subscription, client ready, and transcript lines as said', async () => {
    const { meeting, stream } = await connectedStream();
    expect(heard.started).toContain(stream.id);
    expect(deliveries('meeting.rtms_started', stream.id)[0]?.attempts).toEqual([
      expect.objectContaining({ status: 200, responseBody: '{"status":"recorded"}' }),
    ]);
    expect([...stream.subscribedEvents].sort()).toEqual([2, 3, 4, 7]);
    addParticipant(meetings(), meeting.meetingUUID, { screenName: 'Late Joiner' });
    expect(say(meeting, 'We will send the revised quote by Friday.')).toBe(true);
    expect(say(meeting, '来週までに資料を送ります。', 'ja')).toBe(true);
    await waitUntil(() => heard.linesOf(stream.id).length === 2);
    const [english, japanese] = heard.lines.filter((line) => line.rtmsStreamId === stream.id);
    expect(english).toMatchObject({ meetingUuid: meeting.meetingUUID, zoomUserId: 16_778_241, userName: 'Dana Whitfield', language: 9 });
    expect(english!.endTime).toBeGreaterThan(english!.startTime);
    expect(japanese).toMatchObject({ text: '来週までに資料を送ります。', language: 20 });
  });

  it('passes on a pause and a resume (session state 3 and 4); nothing said meanwhile comes', async () => {
    const { meeting, stream } = await connectedStream();
    const pausesOf = () => heard.pauses.filter((pause) => pause.rtmsStreamId === stream.id).map((pause) => pause.paused);
    zoom.rtms.setPaused(stream, true);
    await waitUntil(() => pausesOf().length === 1);
    expect(say(meeting, 'Off the record.')).toBe(true);
    zoom.rtms.setPaused(stream, false);
    await waitUntil(() => pausesOf().length === 2);
    expect(pausesOf()).toEqual([true, false]);
    await flows(meeting, stream, 'Back on the record.');
    expect(heard.linesOf(stream.id)).toEqual(['Back on the record.']);
  });

  it('passes on who begins speaking (event 2), before their line comes', async () => {
    const { meeting, stream } = await connectedStream();
    const speakersOf = () => heard.speakers.filter((change) => change.rtmsStreamId === stream.id);
    expect(zoom.rtms.begins(meeting.meetingUUID, { userId: 16_778_242, userName: 'Emma Clark' })).toBe(true);
    await waitUntil(() => speakersOf().length === 1);
    expect(speakersOf()).toEqual([{ meetingUuid: meeting.meetingUUID, rtmsStreamId: stream.id, zoomUserId: 16_778_242, userName: 'Emma Clark' }]);
    expect(heard.linesOf(stream.id)).toEqual([]);
    await flows(meeting, stream, 'Dana takes over.');
    expect(speakersOf().map((change) => change.userName)).toEqual(['Emma Clark', 'Dana Whitfield']);
  });

  it('answers keep-alives on both sockets, so the stream stays up across many of them', async () => {
    const { meeting, stream } = await connectedStream();
    const { signaling, media } = stream;
    await new Promise((resolve) => setTimeout(resolve, 10 * zoom.rtms.settings.keepAliveMs));
    expect(stream.signaling).toBe(signaling);
    expect(stream.media).toBe(media);
    await flows(meeting, stream, 'Still here after ten keep-alives.');
  });

  it('asks for the session state (10 → 11) and the stream state (19 → 20)', async () => {
    const { stream } = await connectedStream();
    const connection = manager.connection(stream.id)!;
    expect(await connection.sessionState()).toMatchObject({ msg_type: MSG.SESSION_STATE_RESP, state: 2, rtms_session_id: stream.sessionId });
    expect(await connection.streamState()).toMatchObject({ msg_type: MSG.STREAM_STATE_RESP, state: 1 });
  });

  it('reconnects the media socket only after a media interruption (stream state 2, reason 14)', async () => {
    const { meeting, stream } = await connectedStream();
    const { signaling, media } = stream;
    zoom.rtms.interrupt(stream, 'media');
    await waitUntil(() => stream.media !== undefined && stream.media !== media);
    expect(stream.signaling).toBe(signaling);
    await flows(meeting, stream, 'Media is back.');
  });

  it('reconnects both sockets after a signaling interruption, which Zoom announces with meeting.rtms_interrupted', async () => {
    const { meeting, stream } = await connectedStream();
    const { signaling } = stream;
    zoom.rtms.interrupt(stream, 'signaling');
    await waitUntil(() => ready(stream) && stream.signaling !== signaling);
    expect(deliveries('meeting.rtms_interrupted', stream.id)).toHaveLength(1);
    await flows(meeting, stream, 'Signaling is back.');
    expect(heard.stopped.filter((stop) => stop.rtmsStreamId === stream.id)).toEqual([]);
  });

  it('does not take Zoom’s retry of an rtms_started for a failover: the connection stays', async () => {
    const { meeting, stream } = await connectedStream();
    const { signaling } = stream;
    const retried = await redeliver(zoom.sandboxConfig, zoom.sandbox, deliveries('meeting.rtms_started', stream.id)[0]!.id);
    expect(retried?.attempts.at(-1)).toMatchObject({ status: 200, responseBody: '{"status":"duplicate"}' });
    await flows(meeting, stream, 'Same connection as before.');
    expect(stream.signaling).toBe(signaling);
  });

  it('follows a failover (a second meeting.rtms_started) to the new server; the old one is gone', async () => {
    const { meeting, stream } = await connectedStream();
    const oldUrl = `${zoom.sandboxOrigin.replace('http', 'ws')}/rtms/n1/signaling/${stream.id}`;
    zoom.rtms.failover(stream);
    await waitUntil(() => ready(stream));
    expect(deliveries('meeting.rtms_started', stream.id)).toHaveLength(2);
    await flows(meeting, stream, 'Served by the second server.');
    await expect(openRtmsSocket(oldUrl, {}, MSG.SIGNALING_HANDSHAKE_RESP, 1_000, () => undefined)).rejects.toThrow(/404/);
  });

  it('closes the stream on request (21 → 22), which Zoom then ends with reason 20', async () => {
    const { stream } = await connectedStream();
    const connection = manager.connection(stream.id)!;
    expect(await connection.requestClose()).toMatchObject({ msg_type: MSG.STREAM_CLOSE_RESP, status_code: 0, reason: 'OK' });
    await waitUntil(() => heard.stopped.some((stop) => stop.rtmsStreamId === stream.id));
    expect(heard.stopped.filter((stop) => stop.rtmsStreamId === stream.id)).toEqual([{ rtmsStreamId: stream.id, stopReason: 20 }]);
    await waitUntil(() => deliveries('meeting.rtms_stopped', stream.id).length === 1);
    expect(manager.connection(stream.id)).toBeUndefined();
  });

  it("stops with Zoom's reason when the meeting ends (6), and lets the lease go", async () => {
    const { meeting, stream } = await connectedStream();
    endMeeting(meetings(), meeting.meetingUUID);
    await waitUntil(() => heard.stopped.some((stop) => stop.rtmsStreamId === stream.id));
    expect(heard.stopped.find((stop) => stop.rtmsStreamId === stream.id)).toEqual({ rtmsStreamId: stream.id, stopReason: 6 });
    expect(say(meeting, 'Nobody hears this.')).toBe(false);
    await vi.waitFor(async () => expect(await acquireRtmsLease(zoom.store.prisma, stream.id, 'someone-else', 30)).not.toBeNull());
  });

  it('stops when the sandbox stops the stream (meeting.rtms_stopped, stream state 4, session state 5)', async () => {
    const { stream } = await connectedStream();
    zoom.rtms.stop(stream, 1);
    await waitUntil(() => manager.connection(stream.id) === undefined);
    expect(heard.stopped.filter((stop) => stop.rtmsStreamId === stream.id)).toEqual([{ rtmsStreamId: stream.id, stopReason: 1 }]);
  });
});

describe('the sandbox refuses what Zoom refuses', () => {
  /** A client of the stream outside any manager (another process, or one with the wrong secret). */
  const directConnection = (meeting: Meeting, stream: RtmsStream, overrides: Partial<RtmsConnectionDeps> = {}) =>
    new RtmsStreamConnection(
      {
        clientId: zoom.config.ZOOM_CLIENT_ID,
        clientSecret: zoom.config.ZOOM_CLIENT_SECRET,
        allowedHosts: zoom.config.ZOOM_RTMS_HOSTS,
        listener: new HeardListener().listener,
        logger: silent,
        timings: TIMINGS,
        onClosed: () => undefined,
        ...overrides,
      },
      meeting.meetingUUID,
      stream.id,
      signalingUrl(stream),
    );
  const signalingUrl = (stream: RtmsStream) => `${zoom.sandboxOrigin.replace('http', 'ws')}/rtms/n${stream.node}/signaling/${stream.id}`;
  const handshake = (meeting: Meeting, stream: RtmsStream, secret: string) => ({
    msg_type: MSG.SIGNALING_HANDSHAKE_REQ,
    meeting_uuid: meeting.meetingUUID,
    rtms_stream_id: stream.id,
    signature: rtmsSignature(zoom.config.ZOOM_CLIENT_ID, secret, meeting.meetingUUID, stream.id),
  });

  it('answers a bad signature with status 3, and the client gives the stream up without starting', async () => {
    const meeting = await newMeeting({ known: false });
    const stream = zoom.rtms.start(meeting, meeting.hostUserId);
    await expect(openRtmsSocket(signalingUrl(stream), handshake(meeting, stream, 'not-the-secret'), 2, 1_000, () => undefined)).rejects.toMatchObject({
      statusCode: 3,
    });
    const onClosed = vi.fn();
    const wrongSecret = directConnection(meeting, stream, { clientSecret: 'not-the-secret', listener: heard.listener, onClosed });
    await wrongSecret.start();
    expect(onClosed).toHaveBeenCalledOnce();
    expect(heard.started).not.toContain(stream.id);
    expect(stream.signaling).toBeUndefined();
  });

  it('answers a second signaling connection with status 8; the client retries it while the first may still be closing', async () => {
    const { meeting, stream } = await connectedStream();
    await expect(
      openRtmsSocket(signalingUrl(stream), handshake(meeting, stream, zoom.config.ZOOM_CLIENT_SECRET), 2, 1_000, () => undefined),
    ).rejects.toMatchObject({
      statusCode: 8,
    });
    // Another process's client meets status 8 on its first connect; once the first connection has gone, a retry gets in.
    const other = directConnection(meeting, stream, { timings: { ...TIMINGS, duplicateRetryBaseMs: 100 } });
    const starting = other.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    manager.connection(stream.id)!.close();
    await starting;
    expect(other.isClosed).toBe(false);
    await waitUntil(() => ready(stream));
    other.close();
  });

  it('gives up after three status-8 retries', async () => {
    const { stream, meeting } = await connectedStream();
    const onClosed = vi.fn();
    const other = directConnection(meeting, stream, { onClosed });
    const started = Date.now();
    await other.start();
    expect(onClosed).toHaveBeenCalledOnce();
    // 30 + 60 + 120 ms between the four tries.
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  });

  it('interrupts both sockets after three unanswered keep-alives on signaling, and ends the stream with 24 if nobody comes back', async () => {
    const meeting = await newMeeting({ known: false });
    const stream = zoom.rtms.start(meeting, meeting.hostUserId);
    const received: number[] = [];
    const { socket } = await openRtmsSocket(signalingUrl(stream), handshake(meeting, stream, zoom.config.ZOOM_CLIENT_SECRET), 2, 1_000, (message) =>
      received.push(message.msg_type),
    );
    const closed = new Promise((resolve) => socket.once('close', resolve));
    await closed;
    expect(received.filter((type) => type === MSG.KEEP_ALIVE_REQ)).toHaveLength(3);
    await waitUntil(() => deliveries('meeting.rtms_interrupted', stream.id).length === 1);
    await waitUntil(() => stream.stopReason !== undefined);
    expect(stream.stopReason).toBe(24);
  });
});

describe('who connects', () => {
  it('never connects to a server that is neither Zoom’s nor listed in ZOOM_RTMS_HOSTS', async () => {
    const meeting = await newMeeting();
    const stream = zoom.rtms.start(meeting, meeting.hostUserId);
    await waitUntil(() => ready(stream));
    const elsewhere = new RtmsManager(managerDeps({ holder: 'bff-elsewhere' }));
    const unlisted = `ws://127.0.0.2:${new URL(zoom.sandboxOrigin).port}/rtms/n1/signaling/${stream.id}`;
    await releaseRtmsLease(zoom.store.prisma, stream.id, 'bff-1');
    await elsewhere.follow('meeting.rtms_started', startedPayload(meeting, stream, unlisted));
    expect(elsewhere.connection(stream.id)).toBeUndefined();
    expect(await acquireRtmsLease(zoom.store.prisma, stream.id, 'bff-1', 30)).not.toBeNull();
  });

  it('leaves a meeting the app does not know alone', async () => {
    const meeting = await newMeeting({ known: false });
    const stream = zoom.rtms.start(meeting, meeting.hostUserId);
    await waitUntil(() => deliveries('meeting.rtms_started', stream.id)[0]?.attempts.at(-1)?.status === 200);
    const other = new RtmsManager(managerDeps({ holder: 'bff-2' }));
    const url = `${zoom.sandboxOrigin.replace('http', 'ws')}/rtms/n1/signaling/${stream.id}`;
    await other.follow('meeting.rtms_started', startedPayload(meeting, stream, url));
    expect(other.connection(stream.id)).toBeUndefined();
    expect(manager.connection(stream.id)).toBeUndefined();
    expect(stream.signaling).toBeUndefined();
  });

  it('passes a failover announced to a process without the lease on to the holder, which follows it at its next renewal', async () => {
    // Two processes of their own, renewing every 100 ms; the app's manager hears no webhook meanwhile.
    const ignore = vi.spyOn(manager, 'handleWebhook').mockImplementation(() => undefined);
    const holder = new RtmsManager(managerDeps({ holder: 'bff-a', leaseTtlSeconds: 0.3 }));
    const other = new RtmsManager(managerDeps({ holder: 'bff-b', leaseTtlSeconds: 0.3 }));
    try {
      const meeting = await newMeeting();
      const stream = zoom.rtms.start(meeting, meeting.hostUserId);
      const signalingUrl = (node: number) => `${zoom.sandboxOrigin.replace('http', 'ws')}/rtms/n${node}/signaling/${stream.id}`;
      await holder.follow('meeting.rtms_started', startedPayload(meeting, stream, signalingUrl(1)));
      await waitUntil(() => ready(stream));

      // Zoom moves the stream; its second rtms_started reaches the other process, which cannot connect.
      zoom.rtms.failover(stream);
      await other.follow('meeting.rtms_started', startedPayload(meeting, stream, signalingUrl(2)));
      expect(other.connection(stream.id)).toBeUndefined();
      await waitUntil(() => ready(stream));
      await flows(meeting, stream, 'The holder followed the failover it never heard.');
      expect(heard.stopped.filter((stop) => stop.rtmsStreamId === stream.id)).toEqual([]);
    } finally {
      ignore.mockRestore();
      await Promise.all([holder.close(), other.close()]);
    }
  });

  it('lets exactly one of two BFF processes take a stream: the lease', async () => {
    const meeting = await newMeeting();
    const other = new RtmsManager(managerDeps({ holder: 'bff-2' }));
    const stream = zoom.rtms.start(meeting, meeting.hostUserId);
    const url = `${zoom.sandboxOrigin.replace('http', 'ws')}/rtms/n1/signaling/${stream.id}`;
    await other.follow('meeting.rtms_started', startedPayload(meeting, stream, url));
    await waitUntil(() => ready(stream));
    const holders = [manager, other].filter((candidate) => candidate.connection(stream.id) !== undefined);
    expect(holders).toHaveLength(1);
    await other.close();
  });
});

it('keeps Zoom’s own timings by default', () => {
  expect(DEFAULT_RTMS_TIMINGS).toMatchObject({ reconnectBaseMs: 3_000, reconnectMaxMs: 30_000, duplicateRetryBaseMs: 1_500, duplicateRetries: 3 });
});
