import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { SandboxConfig } from '../config.ts';
import type { Meeting, MeetingChange } from '../meetings/meeting-records.ts';
import { publish, subscribe, type Meetings } from '../meetings/meetings.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import { sendWebhook } from '../webhooks/send-webhook.ts';
import { findZoomUser } from '../zoom-users.ts';
import { RTMS_EVENT, RTMS_LANGUAGE, RTMS_MEDIA_TYPE, RTMS_MSG, RTMS_SESSION_STATE, RTMS_STATUS, RTMS_STOP_REASON, RTMS_STREAM_STATE } from '@c360/contracts';
import { isKnownLanguageCode, isValidSignature, rtmsSignature } from './rtms-protocol.ts';
import type { Speaker, SpeechSink, SpokenLine } from './speech.ts';

/** Zoom's timings; tests shorten them so keep-alive misses and reconnection windows take milliseconds. */
export interface RtmsSettings {
  keepAliveMs: number;
  /** How long an interrupted signaling connection may take to come back before the stream ends. */
  signalingReconnectWindowMs: number;
  /** The same for a media connection lost while signaling stays up. */
  mediaReconnectWindowMs: number;
  /** A socket that has not sent its handshake by then is closed. */
  handshakeTimeoutMs: number;
}

export const DEFAULT_RTMS_SETTINGS: RtmsSettings = {
  keepAliveMs: 10_000,
  signalingReconnectWindowMs: 60_000,
  mediaReconnectWindowMs: 65_000,
  handshakeTimeoutMs: 10_000,
};

/** Keep-alive requests a peer may leave unanswered; the next miss interrupts it. */
const KEEP_ALIVE_MISSES = 3;

type SocketKind = 'signaling' | 'media';

interface Peer {
  socket: WebSocket;
  unanswered: number;
  keepAlive?: NodeJS.Timeout;
}

export interface RtmsStream {
  id: string;
  sessionId: string;
  meeting: Meeting;
  operatorId: string;
  /** Bumped by a failover: sockets of an older server generation are refused. */
  node: number;
  signaling?: Peer;
  media?: Peer;
  subscribedEvents: Set<number>;
  /** Paused by the app (pauseRTMS): nothing said is sent until it resumes. */
  paused: boolean;
  /** The Zoom user id of who speaks now: event 2 goes out only when it changes. */
  activeSpeaker?: number;
  clientReady: boolean;
  stopReason?: number;
  /** When it last started or stopped (epoch ms). */
  changedAt: number;
  reconnectWindow?: NodeJS.Timeout;
  unsubscribe: () => void;
}

interface Message {
  msg_type?: unknown;
  [key: string]: unknown;
}

const PATH = /^\/rtms\/n(\d+)\/(signaling|media)\/([0-9a-f]{32})$/;

function send(peer: Peer | undefined, message: object) {
  if (peer?.socket.readyState === WebSocket.OPEN) peer.socket.send(JSON.stringify(message));
}

function parse(data: RawData): Message | undefined {
  try {
    const value: unknown = JSON.parse(data.toString());
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Message) : undefined;
  } catch {
    return undefined;
  }
}

function stopPeer(peer: Peer | undefined) {
  if (!peer) return;
  clearInterval(peer.keepAlive);
  peer.socket.terminate();
}

/**
 * Zoom's Realtime Media Streams server (notes/zoom-rtms.md §2–4): starts and stops streams with signed
 * webhooks, and serves each stream's signaling and media WebSockets on the sandbox's HTTP server.
 */
export class RtmsServer implements SpeechSink {
  readonly settings: RtmsSettings = { ...DEFAULT_RTMS_SETTINGS };
  readonly streams = new Map<string, RtmsStream>();
  private readonly wss = new WebSocketServer({ noServer: true });

  constructor(
    private readonly config: SandboxConfig,
    private readonly sandbox: SandboxState,
    private readonly meetings: Meetings,
  ) {}

  /** The stream running in a meeting, if any (one per app, as Zoom allows). */
  running(meetingUuid: string): RtmsStream | undefined {
    return [...this.streams.values()].find((stream) => stream.meeting.meetingUUID === meetingUuid && stream.stopReason === undefined);
  }

  /** Every stream of a meeting, oldest first (what the SDK's getRTMSStatus lists). */
  streamsOf(meetingUuid: string): RtmsStream[] {
    return [...this.streams.values()].filter((stream) => stream.meeting.meetingUUID === meetingUuid);
  }

  /** The app's startRTMS: a new stream, announced to the app's webhook endpoint. A running one is kept. */
  start(meeting: Meeting, operatorId: string): RtmsStream {
    const existing = this.running(meeting.meetingUUID);
    if (existing) return existing;
    const stream: RtmsStream = {
      id: randomUUID().replaceAll('-', ''),
      sessionId: randomUUID().replaceAll('-', ''),
      meeting,
      operatorId,
      node: 1,
      subscribedEvents: new Set(),
      paused: false,
      clientReady: false,
      changedAt: this.sandbox.now(),
      unsubscribe: () => undefined,
    };
    stream.unsubscribe = subscribe(this.meetings, meeting.meetingUUID, (change) => this.meetingChanged(stream, change));
    this.streams.set(stream.id, stream);
    this.announceStarted(stream);
    this.statusChanged(stream);
    return stream;
  }

  /** Ends a stream: the `meeting.rtms_stopped` webhook, stream state 4 and session state 5, then the sockets close. */
  stop(stream: RtmsStream, reason: number) {
    if (stream.stopReason !== undefined) return;
    stream.stopReason = reason;
    stream.changedAt = this.sandbox.now();
    stream.unsubscribe();
    clearTimeout(stream.reconnectWindow);
    const timestamp = this.sandbox.now();
    send(stream.signaling, { msg_type: RTMS_MSG.STREAM_STATE_UPDATE, state: RTMS_STREAM_STATE.TERMINATED, reason, timestamp });
    send(stream.signaling, {
      msg_type: RTMS_MSG.SESSION_STATE_UPDATE,
      state: RTMS_SESSION_STATE.STOPPED,
      stop_reason: reason,
      timestamp,
      rtms_session_id: stream.sessionId,
    });
    for (const peer of [stream.signaling, stream.media]) {
      clearInterval(peer?.keepAlive);
      peer?.socket.close(1000, 'stream stopped');
    }
    this.webhook('meeting.rtms_stopped', { meeting_uuid: stream.meeting.meetingUUID, rtms_stream_id: stream.id, stop_reason: reason });
    this.statusChanged(stream);
  }

  /**
   * The app pauses or resumes its stream (pauseRTMS/resumeRTMS): stream state 5 or 6 and session state 3 or 4 on
   * signaling, and every client's app is told; while paused, nothing said is sent.
   */
  setPaused(stream: RtmsStream, paused: boolean) {
    if (stream.stopReason !== undefined || stream.paused === paused) return;
    stream.paused = paused;
    stream.changedAt = this.sandbox.now();
    const timestamp = stream.changedAt;
    send(stream.signaling, { msg_type: RTMS_MSG.STREAM_STATE_UPDATE, state: paused ? RTMS_STREAM_STATE.PAUSED : RTMS_STREAM_STATE.RESUMED, timestamp });
    send(stream.signaling, {
      msg_type: RTMS_MSG.SESSION_STATE_UPDATE,
      state: paused ? RTMS_SESSION_STATE.PAUSED : RTMS_SESSION_STATE.RESUMED,
      timestamp,
      rtms_session_id: stream.sessionId,
    });
    this.statusChanged(stream, paused ? 'paused' : 'resumed');
  }

  /** Someone begins speaking: if they were not the active speaker, they are now, and the client is told (event 2). */
  begins(meetingUuid: string, speaker: Speaker): boolean {
    const stream = this.running(meetingUuid);
    if (stream && !stream.paused) this.speaking(stream, speaker);
    return stream !== undefined;
  }

  /** Each line a participant says becomes a transcript packet, after an active-speaker event if they were not speaking. */
  say(meetingUuid: string, line: SpokenLine): boolean {
    const stream = this.running(meetingUuid);
    if (!stream) return false;
    // Paused: the words are said, and not sent.
    if (stream.paused) return true;
    this.speaking(stream, line);
    const now = this.sandbox.now();
    const startTime = now - line.durationMs;
    send(stream.media, {
      msg_type: RTMS_MSG.MEDIA_DATA_TRANSCRIPT,
      content: {
        user_id: line.userId,
        user_name: line.userName,
        start_time: startTime,
        end_time: now,
        timestamp: now,
        language: RTMS_LANGUAGE[line.language],
        data: line.text,
      },
    });
    return true;
  }

  /** Test control: drops a stream's sockets as a network fault would. */
  interrupt(stream: RtmsStream, kind: SocketKind) {
    if (kind === 'signaling') this.interruptSignaling(stream, RTMS_STOP_REASON.SIGNALING_INTERRUPTED);
    else this.interruptMedia(stream);
  }

  /** Test control: the stream moves to another server; Zoom announces it with a second `meeting.rtms_started`. */
  failover(stream: RtmsStream) {
    stream.node += 1;
    stopPeer(stream.signaling);
    stopPeer(stream.media);
    stream.signaling = undefined;
    stream.media = undefined;
    this.startReconnectWindow(stream, this.settings.signalingReconnectWindowMs, RTMS_STOP_REASON.SIGNALING_INTERRUPTED);
    this.announceStarted(stream);
  }

  /** For the HTTP server's `upgrade` event: the signaling and media sockets of a stream. */
  readonly upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const match = PATH.exec(new URL(req.url ?? '/', 'http://sandbox').pathname);
    const stream = match ? this.streams.get(match[3] as string) : undefined;
    // A server the stream has failed over from is gone; an unknown stream id is refused by the handshake.
    if (!match || (stream && stream.node !== Number(match[1]))) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, match[2] as SocketKind, match[3] as string));
  };

  /** Stops every socket and timer (the sandbox is closing); streams are left as they are. */
  close() {
    for (const stream of this.streams.values()) {
      stream.unsubscribe();
      clearTimeout(stream.reconnectWindow);
      stopPeer(stream.signaling);
      stopPeer(stream.media);
    }
    for (const socket of this.wss.clients) socket.terminate();
    this.wss.close();
  }

  // The meeting's client pages tell their apps (onRTMSStatusChange).
  private statusChanged(stream: RtmsStream, status: 'started' | 'paused' | 'resumed' | 'stopped' = stream.stopReason === undefined ? 'started' : 'stopped') {
    publish(this.meetings, stream.meeting, { type: 'rtms', status, rtmsSessionId: stream.sessionId, timestamp: stream.changedAt });
  }

  private urls(stream: RtmsStream) {
    const base = `${this.sandbox.settings.origin.replace(/^http/, 'ws')}/rtms/n${stream.node}`;
    return { signaling: `${base}/signaling/${stream.id}`, media: `${base}/media/${stream.id}` };
  }

  private announceStarted(stream: RtmsStream) {
    const { meeting } = stream;
    this.webhook('meeting.rtms_started', {
      account_id: findZoomUser(meeting.hostUserId)?.accountId ?? 'unknown',
      meeting_id: meeting.meetingID,
      meeting_uuid: meeting.meetingUUID,
      operator_id: stream.operatorId,
      rtms_stream_id: stream.id,
      server_urls: this.urls(stream).signaling,
    });
  }

  // A product that is not running must not break the sandbox.
  private webhook(event: string, payload: Record<string, unknown>) {
    void sendWebhook(this.config, this.sandbox, { event, payload }).catch(() => undefined);
  }

  private speaking(stream: RtmsStream, { userId, userName }: Speaker) {
    if (stream.activeSpeaker === userId) return;
    stream.activeSpeaker = userId;
    this.event(stream, { event_type: RTMS_EVENT.ACTIVE_SPEAKER_CHANGE, timestamp: this.sandbox.now(), user_id: userId, user_name: userName });
  }

  private event(stream: RtmsStream, event: { event_type: number } & Record<string, unknown>) {
    if (stream.subscribedEvents.has(event.event_type)) send(stream.signaling, { msg_type: RTMS_MSG.EVENT_UPDATE, event });
  }

  private meetingChanged(stream: RtmsStream, change: MeetingChange) {
    const timestamp = this.sandbox.now();
    if (change.type === 'ended') this.stop(stream, RTMS_STOP_REASON.MEETING_ENDED);
    else if (change.type === 'join') {
      const { participantId: user_id, screenName: user_name } = change.participant;
      this.event(stream, { event_type: RTMS_EVENT.PARTICIPANT_JOIN, timestamp, participants: [{ user_id, user_name }] });
    } else if (change.type === 'leave') {
      this.event(stream, { event_type: RTMS_EVENT.PARTICIPANT_LEAVE, timestamp, participants: [{ user_id: change.participant.participantId }] });
    }
  }

  private accept(socket: WebSocket, kind: SocketKind, pathStreamId: string) {
    const peer: Peer = { socket, unanswered: 0 };
    const handshakeTimeout = setTimeout(() => socket.terminate(), this.settings.handshakeTimeoutMs).unref();
    let stream: RtmsStream | undefined;
    socket.on('error', () => socket.terminate());
    socket.on('message', (data) => {
      const message = parse(data);
      if (!message) return;
      if (!stream) {
        clearTimeout(handshakeTimeout);
        stream = kind === 'signaling' ? this.signalingHandshake(peer, pathStreamId, message) : this.mediaHandshake(peer, pathStreamId, message);
        return;
      }
      if (message.msg_type === RTMS_MSG.KEEP_ALIVE_RESP) peer.unanswered = 0;
      else if (kind === 'signaling') this.signalingMessage(stream, message);
    });
    socket.on('close', () => {
      clearTimeout(handshakeTimeout);
      clearInterval(peer.keepAlive);
      if (stream) this.peerClosed(stream, kind, peer);
    });
  }

  /** Answers a handshake with a failure status and closes the socket. */
  private refuse(peer: Peer, kind: SocketKind, status: number, reason: string): undefined {
    const msg_type = kind === 'signaling' ? RTMS_MSG.SIGNALING_HANDSHAKE_RESP : RTMS_MSG.DATA_HANDSHAKE_RESP;
    send(peer, { msg_type, protocol_version: 1, sequence: 0, status_code: status, reason });
    peer.socket.close(1000, reason);
    return undefined;
  }

  /** The checks both handshakes share: the message type, the stream, and the signature. */
  private handshakeStream(peer: Peer, kind: SocketKind, pathStreamId: string, message: Message): RtmsStream | undefined {
    const expectedType = kind === 'signaling' ? RTMS_MSG.SIGNALING_HANDSHAKE_REQ : RTMS_MSG.DATA_HANDSHAKE_REQ;
    if (message.msg_type !== expectedType) return this.refuse(peer, kind, RTMS_STATUS.INVALID_MESSAGE_TYPE, 'handshake expected');
    const stream = this.streams.get(pathStreamId);
    if (!stream || stream.stopReason !== undefined || message.rtms_stream_id !== stream.id || message.meeting_uuid !== stream.meeting.meetingUUID) {
      return this.refuse(peer, kind, RTMS_STATUS.INVALID_RTMS_STREAM_ID, 'invalid rtms_stream_id');
    }
    const expected = rtmsSignature(this.config.ZOOM_CLIENT_ID, this.config.ZOOM_CLIENT_SECRET, stream.meeting.meetingUUID, stream.id);
    if (!isValidSignature(expected, message.signature)) return this.refuse(peer, kind, RTMS_STATUS.INVALID_SIGNATURE, 'invalid signature');
    return stream;
  }

  private signalingHandshake(peer: Peer, pathStreamId: string, message: Message): RtmsStream | undefined {
    const stream = this.handshakeStream(peer, 'signaling', pathStreamId, message);
    if (!stream) return undefined;
    if (stream.signaling) return this.refuse(peer, 'signaling', RTMS_STATUS.DUPLICATE_SIGNAL_REQUEST, 'duplicate signal request');
    stream.signaling = peer;
    clearTimeout(stream.reconnectWindow);
    const media = this.urls(stream).media;
    send(peer, {
      msg_type: RTMS_MSG.SIGNALING_HANDSHAKE_RESP,
      protocol_version: 1,
      sequence: 0,
      status_code: RTMS_STATUS.OK,
      reason: '',
      media_server: { server_urls: { transcript: media, all: media } },
    });
    send(peer, { msg_type: RTMS_MSG.EVENT_UPDATE, event: { event_type: RTMS_EVENT.FIRST_PACKET_TIMESTAMP, timestamp: this.sandbox.now() } });
    this.keepAlive(stream, peer, 'signaling');
    return stream;
  }

  private mediaHandshake(peer: Peer, pathStreamId: string, message: Message): RtmsStream | undefined {
    const stream = this.handshakeStream(peer, 'media', pathStreamId, message);
    if (!stream) return undefined;
    if (message.media_type !== RTMS_MEDIA_TYPE.TRANSCRIPT && message.media_type !== RTMS_MEDIA_TYPE.ALL) {
      return this.refuse(peer, 'media', RTMS_STATUS.INVALID_MEDIA_TYPE, 'the sandbox serves transcripts only');
    }
    const params = (message.media_params as { transcript?: { src_language?: unknown; enable_lid?: unknown } } | undefined)?.transcript ?? {};
    if (params.src_language !== undefined && !isKnownLanguageCode(params.src_language)) {
      return this.refuse(peer, 'media', RTMS_STATUS.INVALID_MEDIA_TRANSCRIPT_SOURCE_LANGUAGE, 'invalid transcript source language');
    }
    if (stream.media) return this.refuse(peer, 'media', RTMS_STATUS.DUPLICATE_MEDIA_DATA_CONNECTION, 'duplicate media data connection');
    stream.media = peer;
    // Ready again only once the client acknowledges this media connection.
    stream.clientReady = false;
    if (stream.signaling) clearTimeout(stream.reconnectWindow);
    send(peer, {
      msg_type: RTMS_MSG.DATA_HANDSHAKE_RESP,
      protocol_version: 1,
      sequence: 0,
      status_code: RTMS_STATUS.OK,
      reason: '',
      payload_encrypted: false,
      media_params: {
        transcript: {
          content_type: 5,
          src_language: params.src_language ?? RTMS_LANGUAGE.en,
          enable_lid: typeof params.enable_lid === 'boolean' ? params.enable_lid : true,
        },
      },
    });
    this.keepAlive(stream, peer, 'media');
    return stream;
  }

  private signalingMessage(stream: RtmsStream, message: Message) {
    const timestamp = this.sandbox.now();
    switch (message.msg_type) {
      case RTMS_MSG.EVENT_SUBSCRIPTION:
        for (const entry of Array.isArray(message.events) ? (message.events as { event_type?: unknown; subscribe?: unknown }[]) : []) {
          if (typeof entry?.event_type !== 'number') continue;
          if (entry.subscribe === false) stream.subscribedEvents.delete(entry.event_type);
          else stream.subscribedEvents.add(entry.event_type);
        }
        break;
      case RTMS_MSG.CLIENT_READY_ACK:
        stream.clientReady = stream.media !== undefined;
        break;
      case RTMS_MSG.SESSION_STATE_REQ:
        send(stream.signaling, {
          msg_type: RTMS_MSG.SESSION_STATE_RESP,
          rtms_session_id: stream.sessionId,
          state: RTMS_SESSION_STATE.STARTED,
          timestamp,
        });
        break;
      case RTMS_MSG.STREAM_STATE_REQ:
        send(stream.signaling, { msg_type: RTMS_MSG.STREAM_STATE_RESP, rtms_stream_id: stream.id, state: RTMS_STREAM_STATE.ACTIVE, timestamp });
        break;
      case RTMS_MSG.STREAM_CLOSE_REQ:
        send(stream.signaling, { msg_type: RTMS_MSG.STREAM_CLOSE_RESP, rtms_stream_id: stream.id, status_code: RTMS_STATUS.OK, reason: 'OK' });
        this.stop(stream, RTMS_STOP_REASON.RECEIVER_REQUESTED_CLOSE);
        break;
    }
  }

  /** Keep-alive requests while the peer is open; a fourth due with three unanswered interrupts it. */
  private keepAlive(stream: RtmsStream, peer: Peer, kind: SocketKind) {
    peer.keepAlive = setInterval(() => {
      if (peer.unanswered >= KEEP_ALIVE_MISSES) {
        if (kind === 'signaling') this.interruptSignaling(stream, RTMS_STOP_REASON.KEEP_ALIVE_TIMEOUT);
        else this.interruptMedia(stream);
        return;
      }
      peer.unanswered += 1;
      send(peer, { msg_type: RTMS_MSG.KEEP_ALIVE_REQ, timestamp: this.sandbox.now() });
    }, this.settings.keepAliveMs).unref();
  }

  /** Signaling lost: both sockets drop, Zoom tells the app, and the stream ends unless it reconnects in time. */
  private interruptSignaling(stream: RtmsStream, stopReason: number) {
    if (stream.stopReason !== undefined) return;
    stopPeer(stream.signaling);
    stopPeer(stream.media);
    stream.signaling = undefined;
    stream.media = undefined;
    this.startReconnectWindow(stream, this.settings.signalingReconnectWindowMs, stopReason);
    this.webhook('meeting.rtms_interrupted', {
      meeting_uuid: stream.meeting.meetingUUID,
      rtms_stream_id: stream.id,
      server_urls: this.urls(stream).signaling,
    });
  }

  /** Media lost: signaling stays and says so (stream state 2, reason 14, and event 7 to subscribers). */
  private interruptMedia(stream: RtmsStream) {
    if (stream.stopReason !== undefined || !stream.media) return;
    stopPeer(stream.media);
    stream.media = undefined;
    this.mediaLost(stream);
  }

  private mediaLost(stream: RtmsStream) {
    const timestamp = this.sandbox.now();
    send(stream.signaling, {
      msg_type: RTMS_MSG.STREAM_STATE_UPDATE,
      state: RTMS_STREAM_STATE.INTERRUPTED,
      reason: RTMS_STOP_REASON.DATA_INTERRUPTED,
      timestamp,
    });
    this.event(stream, { event_type: RTMS_EVENT.MEDIA_CONNECTION_INTERRUPTED, timestamp });
    this.startReconnectWindow(stream, this.settings.mediaReconnectWindowMs, RTMS_STOP_REASON.DATA_INTERRUPTED);
  }

  private startReconnectWindow(stream: RtmsStream, windowMs: number, stopReason: number) {
    clearTimeout(stream.reconnectWindow);
    stream.reconnectWindow = setTimeout(() => this.stop(stream, stopReason), windowMs).unref();
  }

  /** A socket the client closed (or lost) while the stream runs: the same windows as an interruption. */
  private peerClosed(stream: RtmsStream, kind: SocketKind, peer: Peer) {
    if (stream.stopReason !== undefined || stream[kind] !== peer) return;
    stream[kind] = undefined;
    if (kind === 'media') return this.mediaLost(stream);
    stopPeer(stream.media);
    stream.media = undefined;
    this.startReconnectWindow(stream, this.settings.signalingReconnectWindowMs, RTMS_STOP_REASON.SIGNALING_INTERRUPTED);
  }
}
