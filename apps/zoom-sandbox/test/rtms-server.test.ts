import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { clientStateOf } from '../src/client/client-state.ts';
import type { Meeting } from '../src/meetings/meeting-records.ts';
import { startDemoMeeting, subscribe } from '../src/meetings/meetings.ts';
import { addParticipant, removeParticipant } from '../src/meetings/participants.ts';
import { rtmsSignature } from '../src/rtms/rtms-protocol.ts';
import type { RtmsStream } from '../src/rtms/rtms-server.ts';
import { startSandbox, type StartedSandbox } from '../src/server.ts';
import { testSandboxConfig } from './support/config.ts';

// These drive the sandbox's RTMS server with a bare socket, to see each message the notes list; the BFF's
// client against it is tested in apps/bff/test/rtms.
let sandbox: StartedSandbox;
let origin: string;

beforeAll(async () => {
  // Webhooks go to a PUBLIC_URL where nothing listens: the sandbox records the failed delivery and goes on.
  sandbox = await startSandbox(testSandboxConfig({ SANDBOX_PORT: '0', PUBLIC_URL: 'http://127.0.0.1:9' }));
  origin = sandbox.url.replace('//localhost:', '//127.0.0.1:');
  sandbox.state.settings.origin = origin;
  Object.assign(sandbox.rtms.settings, { keepAliveMs: 40, mediaReconnectWindowMs: 2_000, signalingReconnectWindowMs: 2_000 });
});
afterAll(() => sandbox.close());

type Message = { msg_type: number } & Record<string, unknown>;

/** A bare RTMS socket: what it received, and a wait for the next message of a type. */
async function connect(url: string) {
  const socket = new WebSocket(url);
  const received: Message[] = [];
  socket.on('message', (data) => received.push(JSON.parse(data.toString()) as Message));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const next = async (msgType: number, where: (message: Message) => boolean = () => true) => {
    await vi.waitUntil(() => received.some((message) => message.msg_type === msgType && where(message)), { timeout: 3_000 });
    return received.find((message) => message.msg_type === msgType && where(message))!;
  };
  const send = (message: object) => socket.send(JSON.stringify(message));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return { socket, received, next, send, closed };
}

const meetings = () => clientStateOf(sandbox.state).meetings;
const signature = (meeting: Meeting, stream: RtmsStream, secret = sandbox.config.ZOOM_CLIENT_SECRET) =>
  rtmsSignature(sandbox.config.ZOOM_CLIENT_ID, secret, meeting.meetingUUID, stream.id);
const urlOf = (stream: RtmsStream, kind: 'signaling' | 'media') => `${origin.replace('http', 'ws')}/rtms/n${stream.node}/${kind}/${stream.id}`;

function newStream() {
  const meeting = startDemoMeeting(meetings());
  return { meeting, stream: sandbox.rtms.start(meeting, meeting.hostUserId) };
}

async function signalingOf(meeting: Meeting, stream: RtmsStream) {
  const client = await connect(urlOf(stream, 'signaling'));
  client.send({ msg_type: 1, meeting_uuid: meeting.meetingUUID, rtms_stream_id: stream.id, signature: signature(meeting, stream) });
  await client.next(2);
  return client;
}

async function mediaOf(meeting: Meeting, stream: RtmsStream, extra: object = {}) {
  const client = await connect(urlOf(stream, 'media'));
  client.send({ msg_type: 3, meeting_uuid: meeting.meetingUUID, rtms_stream_id: stream.id, signature: signature(meeting, stream), media_type: 8, ...extra });
  return { ...client, response: await client.next(4) };
}

describe('the sandbox RTMS server', () => {
  it('announces the stream with a signed, flat meeting.rtms_started', async () => {
    const { meeting, stream } = newStream();
    await vi.waitUntil(() => sandbox.state.webhookDeliveries.some((delivery) => delivery.body.includes(stream.id)));
    const delivery = sandbox.state.webhookDeliveries.find((candidate) => candidate.body.includes(stream.id))!;
    expect(JSON.parse(delivery.body)).toMatchObject({
      event: 'meeting.rtms_started',
      payload: {
        meeting_uuid: meeting.meetingUUID,
        meeting_id: meeting.meetingID,
        operator_id: meeting.hostUserId,
        rtms_stream_id: stream.id,
        server_urls: urlOf(stream, 'signaling'),
        account_id: expect.any(String),
      },
    });
  });

  it('handshakes signaling (1 → 2 with the media servers), then pushes the first packet timestamp and event updates as subscribed', async () => {
    const { meeting, stream } = newStream();
    const signaling = await signalingOf(meeting, stream);
    expect(await signaling.next(2)).toMatchObject({
      status_code: 0,
      media_server: { server_urls: { transcript: urlOf(stream, 'media'), all: urlOf(stream, 'media') } },
    });
    expect(await signaling.next(6)).toMatchObject({ event: { event_type: 1, timestamp: expect.any(Number) } });
    signaling.send({ msg_type: 5, events: [2, 3, 4].map((event_type) => ({ event_type, subscribe: true })) });
    await vi.waitUntil(() => stream.subscribedEvents.size === 3);
    const joined = addParticipant(meetings(), meeting.meetingUUID, { screenName: 'Kenji Sato' });
    removeParticipant(meetings(), meeting.meetingUUID, joined.participantUUID);
    expect(sandbox.rtms.say(meeting.meetingUUID, { userId: 42, userName: 'Kenji Sato', text: 'Hello', language: 'en', durationMs: 800 })).toBe(true);
    const eventOf = (type: number) => signaling.next(6, (message) => (message.event as { event_type: number }).event_type === type);
    expect(await eventOf(3)).toMatchObject({ event: { participants: [{ user_id: joined.participantId, user_name: 'Kenji Sato' }] } });
    expect(await eventOf(4)).toMatchObject({ event: { participants: [{ user_id: joined.participantId }] } });
    expect(await eventOf(2)).toMatchObject({ event: { user_id: 42, user_name: 'Kenji Sato' } });
    // Event 2 says the active speaker changed: only another speaker sends it again.
    expect(sandbox.rtms.say(meeting.meetingUUID, { userId: 42, userName: 'Kenji Sato', text: 'Still me', language: 'en', durationMs: 800 })).toBe(true);
    expect(sandbox.rtms.begins(meeting.meetingUUID, { userId: 42, userName: 'Kenji Sato' })).toBe(true);
    expect(sandbox.rtms.begins(meeting.meetingUUID, { userId: 7, userName: '佐藤' })).toBe(true);
    await signaling.next(6, (message) => (message.event as { user_id?: number }).user_id === 7);
    const speakers = signaling.received.flatMap((message) => ((message.event as { event_type?: number } | undefined)?.event_type === 2 ? [message.event] : []));
    expect(speakers).toMatchObject([{ user_id: 42 }, { user_id: 7, user_name: '佐藤' }]);
  });

  it('handshakes media (3 → 4, params echoed with defaults), takes client ready (7) after it, and sends transcript packets (17)', async () => {
    const { meeting, stream } = newStream();
    const signaling = await signalingOf(meeting, stream);
    signaling.send({ msg_type: 7, rtms_stream_id: stream.id });
    const media = await mediaOf(meeting, stream, { media_params: { transcript: { src_language: 20 } } });
    expect(media.response).toMatchObject({ status_code: 0, media_params: { transcript: { content_type: 5, src_language: 20, enable_lid: true } } });
    expect(stream.clientReady).toBe(false);
    signaling.send({ msg_type: 7, rtms_stream_id: stream.id });
    await vi.waitUntil(() => stream.clientReady);
    sandbox.rtms.say(meeting.meetingUUID, { userId: 7, userName: '佐藤', text: '月末までに確認します。', language: 'ja', durationMs: 1500 });
    const packet = await media.next(17);
    expect(packet.content).toMatchObject({ user_id: 7, user_name: '佐藤', language: 20, data: '月末までに確認します。' });
    const { start_time, end_time, timestamp } = packet.content as { start_time: number; end_time: number; timestamp: number };
    // The line lasted as long as it took to say.
    expect(end_time - start_time).toBe(1500);
    expect(timestamp).toBe(end_time);
  });

  it('refuses: no handshake first (1), an unknown stream (2), a bad signature (3), a media type it lacks (7), a duplicate (8, 16), a bad language (43)', async () => {
    const { meeting, stream } = newStream();
    const refusal = async (kind: 'signaling' | 'media', message: object, url = urlOf(stream, kind)) => {
      const client = await connect(url);
      client.send(message);
      const answer = await client.next(kind === 'signaling' ? 2 : 4);
      await client.closed;
      return answer.status_code;
    };
    const base = { meeting_uuid: meeting.meetingUUID, rtms_stream_id: stream.id, signature: signature(meeting, stream) };
    expect(await refusal('signaling', { msg_type: 12 })).toBe(1);
    expect(await refusal('signaling', { ...base, msg_type: 1 }, urlOf(stream, 'signaling').replace(stream.id, 'f'.repeat(32)))).toBe(2);
    expect(await refusal('signaling', { ...base, msg_type: 1, signature: signature(meeting, stream, 'wrong-secret') })).toBe(3);
    expect(await refusal('media', { ...base, msg_type: 3, media_type: 1 })).toBe(7);
    expect(await refusal('media', { ...base, msg_type: 3, media_type: 8, media_params: { transcript: { src_language: 999 } } })).toBe(43);
    // These sockets answer no keep-alive: at this file's 40 ms, a slow machine would see them interrupted first.
    const { keepAliveMs } = sandbox.rtms.settings;
    sandbox.rtms.settings.keepAliveMs = 60_000;
    try {
      await signalingOf(meeting, stream);
      expect(await refusal('signaling', { ...base, msg_type: 1 })).toBe(8);
      await mediaOf(meeting, stream);
      expect(await refusal('media', { ...base, msg_type: 3, media_type: 32 })).toBe(16);
    } finally {
      sandbox.rtms.settings.keepAliveMs = keepAliveMs;
    }
  });

  it('answers session state (10 → 11), stream state (19 → 20) and stream close (21 → 22, then state 4 and 5 with reason 20)', async () => {
    const { meeting, stream } = newStream();
    const signaling = await signalingOf(meeting, stream);
    signaling.send({ msg_type: 10, rtms_stream_id: stream.id });
    expect(await signaling.next(11)).toMatchObject({ state: 2, rtms_session_id: stream.sessionId });
    signaling.send({ msg_type: 19, rtms_stream_id: stream.id });
    expect(await signaling.next(20)).toMatchObject({ state: 1 });
    signaling.send({ msg_type: 21, rtms_stream_id: stream.id });
    expect(await signaling.next(22)).toMatchObject({ status_code: 0, reason: 'OK' });
    expect(await signaling.next(8)).toMatchObject({ state: 4, reason: 20 });
    expect(await signaling.next(9)).toMatchObject({ state: 5, stop_reason: 20, rtms_session_id: stream.sessionId });
    await signaling.closed;
    expect(sandbox.rtms.say(meeting.meetingUUID, { userId: 1, userName: 'x', text: 'gone', language: 'en', durationMs: 500 })).toBe(false);
  });

  it('interrupts media only after three unanswered keep-alives on it, and says so on signaling (state 2 reason 14, event 7)', async () => {
    const { meeting, stream } = newStream();
    const signaling = await signalingOf(meeting, stream);
    signaling.send({ msg_type: 5, events: [{ event_type: 7, subscribe: true }] });
    // Signaling answers its keep-alives; media does not.
    signaling.socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as Message;
      if (message.msg_type === 12) signaling.send({ msg_type: 13, timestamp: message.timestamp });
    });
    const media = await mediaOf(meeting, stream);
    await media.closed;
    expect(media.received.filter((message) => message.msg_type === 12)).toHaveLength(3);
    expect(await signaling.next(8)).toMatchObject({ state: 2, reason: 14 });
    expect(await signaling.next(6, (message) => (message.event as { event_type: number }).event_type === 7)).toBeTruthy();
    expect(signaling.socket.readyState).toBe(WebSocket.OPEN);
    // Media that comes back in the window keeps the stream.
    await mediaOf(meeting, stream);
    expect(stream.stopReason).toBeUndefined();
  });

  it('ends the stream with reason 6 when the meeting ends', async () => {
    const { meeting, stream } = newStream();
    const signaling = await signalingOf(meeting, stream);
    const response = await fetch(`${origin}/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}/end`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(await signaling.next(8)).toMatchObject({ state: 4, reason: 6 });
    await vi.waitUntil(() =>
      sandbox.state.webhookDeliveries.some((delivery) => delivery.event === 'meeting.rtms_stopped' && delivery.body.includes(stream.id)),
    );
    const stopped = sandbox.state.webhookDeliveries.find((delivery) => delivery.event === 'meeting.rtms_stopped' && delivery.body.includes(stream.id))!;
    expect(JSON.parse(stopped.body).payload).toEqual({ meeting_uuid: meeting.meetingUUID, rtms_stream_id: stream.id, stop_reason: 6 });
  });
});

describe('the RTMS test controls', () => {
  it('find a meeting’s stream, interrupt its sockets and fail it over, over HTTP', async () => {
    const { meeting, stream } = newStream();
    const found = await fetch(`${origin}/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}/rtms`);
    expect(await found.json()).toEqual({ streams: [expect.objectContaining({ rtmsStreamId: stream.id, status: 'started' })] });
    const signaling = await signalingOf(meeting, stream);
    const post = (path: string, body?: object) =>
      fetch(`${origin}/client/api/rtms/${stream.id}/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
    expect((await post('interrupt', { socket: 'sideways' })).status).toBe(400);
    expect((await post('interrupt', { socket: 'signaling' })).status).toBe(200);
    await signaling.closed;
    expect((await post('failover')).status).toBe(200);
    expect(stream.node).toBe(2);
    expect((await fetch(`${origin}/client/api/rtms/${'0'.repeat(32)}/failover`, { method: 'POST' })).status).toBe(404);
    const events = sandbox.state.webhookDeliveries.filter((delivery) => delivery.body.includes(stream.id)).map((delivery) => delivery.event);
    expect(events).toEqual(['meeting.rtms_started', 'meeting.rtms_interrupted', 'meeting.rtms_started']);
  });
});

describe('startRTMS, pauseRTMS, resumeRTMS and stopRTMS as the client page asks for them', () => {
  const capture = (meeting: Meeting, action: 'start' | 'pause' | 'resume' | 'stop', participantUuid: string) =>
    fetch(`${origin}/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}/rtms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action, participantUuid }),
    });

  it('pauses and resumes a stream on request: stream state 5 and 6, session state 3 and 4, and nothing said is sent while paused', async () => {
    const { meeting, stream } = newStream();
    const signaling = await signalingOf(meeting, stream);
    const media = await mediaOf(meeting, stream);
    const host = meeting.participants.find((participant) => participant.role === 'host')!;
    const changes: unknown[] = [];
    subscribe(meetings(), meeting.meetingUUID, (change) => changes.push(change));
    expect(await (await capture(meeting, 'pause', host.participantUUID)).json()).toMatchObject({ status: 'paused' });
    expect(await signaling.next(8, (message) => message.state === 5)).toMatchObject({ state: 5 });
    expect(await signaling.next(9, (message) => message.state === 3)).toMatchObject({ state: 3, rtms_session_id: stream.sessionId });
    expect(
      sandbox.rtms.say(meeting.meetingUUID, { userId: 7, userName: 'Off the record', text: 'Not for the transcript.', language: 'en', durationMs: 500 }),
    ).toBe(true);
    expect(await (await capture(meeting, 'resume', host.participantUUID)).json()).toMatchObject({ status: 'started' });
    expect(await signaling.next(9, (message) => message.state === 4)).toMatchObject({ state: 4 });
    sandbox.rtms.say(meeting.meetingUUID, { userId: 7, userName: 'On the record', text: 'Back on.', language: 'en', durationMs: 500 });
    await media.next(17);
    expect(media.received.filter((message) => message.msg_type === 17).map((message) => (message.content as { data: string }).data)).toEqual(['Back on.']);
    expect(changes).toEqual([expect.objectContaining({ type: 'rtms', status: 'paused' }), expect.objectContaining({ type: 'rtms', status: 'resumed' })]);
  });

  it('lets a participant start the stream and the host stop it (reason 1), telling the meeting’s pages each time; never a guest', async () => {
    const meeting = startDemoMeeting(meetings());
    const host = meeting.participants.find((participant) => participant.role === 'host')!;
    const attendee = addParticipant(meetings(), meeting.meetingUUID, { screenName: 'Signed-in attendee' });
    const guest = addParticipant(meetings(), meeting.meetingUUID, { screenName: 'Guest', guest: true });
    const changes: unknown[] = [];
    subscribe(meetings(), meeting.meetingUUID, (change) => changes.push(change));
    expect((await capture(meeting, 'start', guest.participantUUID)).status).toBe(400);
    expect((await capture(meeting, 'stop', host.participantUUID)).status).toBe(409);
    const started = await capture(meeting, 'start', attendee.participantUUID);
    expect(started.status).toBe(200);
    const { rtmsStreamId } = (await started.json()) as { rtmsStreamId: string };
    expect(await (await capture(meeting, 'stop', host.participantUUID)).json()).toMatchObject({ rtmsStreamId, status: 'stopped', stopReason: 1 });
    expect(changes).toEqual([
      { type: 'rtms', status: 'started', rtmsSessionId: expect.any(String), timestamp: expect.any(Number) },
      { type: 'rtms', status: 'stopped', rtmsSessionId: expect.any(String), timestamp: expect.any(Number) },
    ]);
    const listed = await fetch(`${origin}/client/api/meetings/${encodeURIComponent(meeting.meetingUUID)}/rtms`);
    expect(await listed.json()).toEqual({ streams: [expect.objectContaining({ rtmsStreamId, status: 'stopped' })] });
  });
});
