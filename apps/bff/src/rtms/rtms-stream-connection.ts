import type { WebSocket } from 'ws';
import type { Logger } from '../logger.ts';
import { isAllowedRtmsUrl } from './rtms-hosts.ts';
import type { RtmsListener } from './rtms-listener.ts';
import {
  RTMS_CONTENT_TYPE_TEXT,
  RTMS_EVENT,
  RTMS_MEDIA_TYPE,
  RTMS_MSG,
  RTMS_SESSION_STATE,
  RTMS_STATUS,
  RTMS_STOP_REASON,
  RTMS_STREAM_STATE,
} from '@c360/contracts';
import {
  activeSpeakerEvent,
  eventUpdate,
  keepAliveRequest,
  rtmsSignature,
  sessionStateUpdate,
  streamStateUpdate,
  transcriptPacket,
  type RtmsMessage,
} from './rtms-protocol.ts';
import { openRtmsSocket, RtmsHandshakeError, sendMessage } from './rtms-socket.ts';

/** Zoom's timings as its samples use them (notes §6); tests shorten them. */
export interface RtmsTimings {
  /** Connecting and the handshake, per socket; also how long a state or close request waits for its answer. */
  handshakeTimeoutMs: number;
  /** A lost connection is retried after this, doubled each time up to `reconnectMaxMs`. */
  reconnectBaseMs: number;
  reconnectMaxMs: number;
  /** Retries in a row before the stream is given up. */
  maxReconnectAttempts: number;
  /** Status 8 on the first connect may be Zoom still closing an earlier connection: retried after this, doubled. */
  duplicateRetryBaseMs: number;
  duplicateRetries: number;
}

export const DEFAULT_RTMS_TIMINGS: RtmsTimings = {
  handshakeTimeoutMs: 10_000,
  reconnectBaseMs: 3_000,
  reconnectMaxMs: 30_000,
  maxReconnectAttempts: 8,
  duplicateRetryBaseMs: 1_500,
  duplicateRetries: 3,
};

export interface RtmsConnectionDeps {
  clientId: string;
  clientSecret: string;
  allowedHosts: readonly string[];
  listener: RtmsListener;
  logger: Logger;
  timings: RtmsTimings;
  /** Called once, when the connection is over (stopped, refused or given up). */
  onClosed: () => void;
}

type Scope = 'full' | 'media';

// Answers of the signaling requests a caller may wait for.
const ANSWER_OF = {
  [RTMS_MSG.SESSION_STATE_REQ]: RTMS_MSG.SESSION_STATE_RESP,
  [RTMS_MSG.STREAM_STATE_REQ]: RTMS_MSG.STREAM_STATE_RESP,
  [RTMS_MSG.STREAM_CLOSE_REQ]: RTMS_MSG.STREAM_CLOSE_RESP,
} as const;
type RequestType = keyof typeof ANSWER_OF;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One RTMS stream followed by this process: the signaling socket, the transcript media socket, keep-alive
 * answers, and reconnection (a full one after an interruption or failover, media only after a media loss).
 */
export class RtmsStreamConnection {
  private signaling: WebSocket | undefined;
  private media: WebSocket | undefined;
  private mediaUrl: string | undefined;
  /** Bumped whenever sockets are torn down, so an attempt that finishes after a newer one began is dropped. */
  private generation = 0;
  private attempts = 0;
  private retry: { timer: NodeJS.Timeout; scope: Scope } | undefined;
  private startedNotified = false;
  private closed = false;
  private readonly waiting = new Map<number, (message: RtmsMessage) => void>();

  constructor(
    private readonly deps: RtmsConnectionDeps,
    readonly meetingUuid: string,
    readonly rtmsStreamId: string,
    private serverUrl: string,
  ) {}

  get isClosed() {
    return this.closed;
  }

  /** The first connect: status 8 is retried a few times, other refusals end the connection. */
  async start(): Promise<void> {
    const { duplicateRetryBaseMs, duplicateRetries } = this.deps.timings;
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.connect(this.generation);
        return;
      } catch (error) {
        if (this.closed) return;
        // Signaling is up and only media failed: media is retried like any media loss.
        if (this.signaling) return this.schedule('media', this.backoff());
        const duplicate = error instanceof RtmsHandshakeError && error.statusCode === RTMS_STATUS.DUPLICATE_SIGNAL_REQUEST;
        if (!duplicate || attempt >= duplicateRetries) return this.giveUp(error);
        await delay(duplicateRetryBaseMs * 2 ** attempt);
      }
    }
  }

  /** A repeated `meeting.rtms_started` (failover) or `meeting.rtms_interrupted`: both sockets anew, now. */
  reconnectTo(serverUrl: string) {
    if (this.closed) return;
    this.serverUrl = serverUrl;
    this.attempts = 0;
    this.teardown();
    this.schedule('full', 0);
  }

  /** The stream ended (the `meeting.rtms_stopped` webhook, or stream/session state on signaling). */
  stop(stopReason: number) {
    if (this.closed) return;
    this.close();
    if (this.startedNotified) this.notify(() => this.deps.listener.stopped(this.meetingUuid, this.rtmsStreamId, stopReason));
  }

  /** Leaves the stream without ending it (this process is shutting down or lost its lease). */
  close() {
    if (this.closed) return;
    this.closed = true;
    this.teardown();
    this.deps.onClosed();
  }

  /** Session state (10 → 11). */
  sessionState = () => this.request(RTMS_MSG.SESSION_STATE_REQ);
  /** Stream state (19 → 20). */
  streamState = () => this.request(RTMS_MSG.STREAM_STATE_REQ);
  /** Asks Zoom to close the stream (21 → 22); it then ends it with reason 20. */
  requestClose = () => this.request(RTMS_MSG.STREAM_CLOSE_REQ);

  private request(type: RequestType): Promise<RtmsMessage> {
    const answerType = ANSWER_OF[type];
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(answerType);
        reject(new Error(`No answer to RTMS request ${type}`));
      }, this.deps.timings.handshakeTimeoutMs);
      this.waiting.set(answerType, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      sendMessage(this.signaling, { msg_type: type, rtms_stream_id: this.rtmsStreamId });
    });
  }

  private signature() {
    return rtmsSignature(this.deps.clientId, this.deps.clientSecret, this.meetingUuid, this.rtmsStreamId);
  }

  private async connect(generation: number) {
    const handshake = {
      msg_type: RTMS_MSG.SIGNALING_HANDSHAKE_REQ,
      protocol_version: 1,
      sequence: 0,
      meeting_uuid: this.meetingUuid,
      rtms_stream_id: this.rtmsStreamId,
      signature: this.signature(),
      buffer_data: false,
    };
    const { socket, response } = await openRtmsSocket(
      this.serverUrl,
      handshake,
      RTMS_MSG.SIGNALING_HANDSHAKE_RESP,
      this.deps.timings.handshakeTimeoutMs,
      (message) => this.onSignaling(message),
    );
    if (generation !== this.generation || this.closed) return void socket.terminate();
    this.signaling = socket;
    socket.on('close', () => this.lost(socket, 'full'));
    const urls = (response.media_server as { server_urls?: { transcript?: string; all?: string } } | undefined)?.server_urls;
    const mediaUrl = urls?.transcript ?? urls?.all;
    // The media server comes from Zoom's answer, and must be on an allowed host all the same.
    if (!mediaUrl || !isAllowedRtmsUrl(mediaUrl, this.deps.allowedHosts)) throw new Error('RTMS media server is missing or not on an allowed host');
    this.mediaUrl = mediaUrl;
    sendMessage(socket, {
      msg_type: RTMS_MSG.EVENT_SUBSCRIPTION,
      events: [RTMS_EVENT.ACTIVE_SPEAKER_CHANGE, RTMS_EVENT.PARTICIPANT_JOIN, RTMS_EVENT.PARTICIPANT_LEAVE, RTMS_EVENT.MEDIA_CONNECTION_INTERRUPTED].map(
        (event_type) => ({
          event_type,
          subscribe: true,
        }),
      ),
    });
    if (!this.startedNotified) {
      this.startedNotified = true;
      this.notify(() => this.deps.listener.started(this.meetingUuid, this.rtmsStreamId));
    }
    await this.connectMedia(generation);
  }

  private async connectMedia(generation: number) {
    if (!this.mediaUrl) throw new Error('RTMS media server unknown');
    const handshake = {
      msg_type: RTMS_MSG.DATA_HANDSHAKE_REQ,
      protocol_version: 1,
      sequence: 0,
      meeting_uuid: this.meetingUuid,
      rtms_stream_id: this.rtmsStreamId,
      signature: this.signature(),
      media_type: RTMS_MEDIA_TYPE.TRANSCRIPT,
      payload_encryption: false,
      media_params: { transcript: { content_type: RTMS_CONTENT_TYPE_TEXT, enable_lid: true } },
    };
    const { socket } = await openRtmsSocket(this.mediaUrl, handshake, RTMS_MSG.DATA_HANDSHAKE_RESP, this.deps.timings.handshakeTimeoutMs, (message) =>
      this.onMedia(message),
    );
    if (generation !== this.generation || this.closed) return void socket.terminate();
    this.media = socket;
    socket.on('close', () => this.lost(socket, 'media'));
    sendMessage(this.signaling, { msg_type: RTMS_MSG.CLIENT_READY_ACK, rtms_stream_id: this.rtmsStreamId });
    this.attempts = 0;
  }

  private onSignaling(message: RtmsMessage) {
    if (message.msg_type === RTMS_MSG.KEEP_ALIVE_REQ) return this.answerKeepAlive(this.signaling, message);
    this.waiting.get(message.msg_type)?.(message);
    this.waiting.delete(message.msg_type);
    if (message.msg_type === RTMS_MSG.EVENT_UPDATE) {
      const update = eventUpdate.safeParse(message);
      if (update.success && update.data.event.event_type === RTMS_EVENT.MEDIA_CONNECTION_INTERRUPTED) this.mediaInterrupted();
      if (update.success && update.data.event.event_type === RTMS_EVENT.ACTIVE_SPEAKER_CHANGE) this.speakerChanged(message);
    } else if (message.msg_type === RTMS_MSG.STREAM_STATE_UPDATE) {
      const update = streamStateUpdate.safeParse(message);
      if (!update.success) return;
      if (update.data.state === RTMS_STREAM_STATE.TERMINATED) this.stop(update.data.reason ?? 0);
      else if (update.data.state === RTMS_STREAM_STATE.INTERRUPTED && update.data.reason === RTMS_STOP_REASON.DATA_INTERRUPTED) this.mediaInterrupted();
    } else if (message.msg_type === RTMS_MSG.SESSION_STATE_UPDATE) {
      const update = sessionStateUpdate.safeParse(message);
      if (!update.success) return;
      const { state } = update.data;
      if (state === RTMS_SESSION_STATE.STOPPED) this.stop(update.data.stop_reason ?? 0);
      else if (state === RTMS_SESSION_STATE.PAUSED || state === RTMS_SESSION_STATE.RESUMED) {
        this.notify(() => this.deps.listener.paused(this.meetingUuid, this.rtmsStreamId, state === RTMS_SESSION_STATE.PAUSED));
      }
    }
  }

  private onMedia(message: RtmsMessage) {
    if (message.msg_type === RTMS_MSG.KEEP_ALIVE_REQ) return this.answerKeepAlive(this.media, message);
    if (message.msg_type !== RTMS_MSG.MEDIA_DATA_TRANSCRIPT) return;
    const packet = transcriptPacket.safeParse(message);
    if (!packet.success) return this.deps.logger.warn({ rtmsStreamId: this.rtmsStreamId }, 'rtms: malformed transcript packet');
    const { user_id, user_name, start_time, end_time, language, data } = packet.data.content;
    this.notify(() =>
      this.deps.listener.line({
        meetingUuid: this.meetingUuid,
        rtmsStreamId: this.rtmsStreamId,
        zoomUserId: user_id,
        userName: user_name,
        startTime: start_time,
        endTime: end_time,
        language,
        text: data,
      }),
    );
  }

  private speakerChanged(message: RtmsMessage) {
    const change = activeSpeakerEvent.safeParse(message);
    if (!change.success) return this.deps.logger.warn({ rtmsStreamId: this.rtmsStreamId }, 'rtms: malformed active speaker event');
    const { user_id, user_name } = change.data.event;
    this.notify(() =>
      this.deps.listener.speaking({ meetingUuid: this.meetingUuid, rtmsStreamId: this.rtmsStreamId, zoomUserId: user_id, userName: user_name }),
    );
  }

  private answerKeepAlive(socket: WebSocket | undefined, message: RtmsMessage) {
    const request = keepAliveRequest.safeParse(message);
    if (request.success) sendMessage(socket, { msg_type: RTMS_MSG.KEEP_ALIVE_RESP, timestamp: request.data.timestamp });
  }

  /** Zoom says the media connection broke (event 7, or stream state 2 with reason 14): media anew, now. */
  private mediaInterrupted() {
    if (this.retry?.scope === 'full') return;
    const media = this.media;
    this.media = undefined;
    media?.terminate();
    this.schedule('media', 0);
  }

  /** A socket closed without the stream ending: retried after the back-off (an interruption webhook may come first). */
  private lost(socket: WebSocket, scope: Scope) {
    if (this.closed) return;
    if (scope === 'full' ? socket !== this.signaling : socket !== this.media) return;
    if (scope === 'full') this.teardown();
    else this.media = undefined;
    this.schedule(scope, this.backoff());
  }

  private backoff() {
    const { reconnectBaseMs, reconnectMaxMs } = this.deps.timings;
    return Math.min(reconnectBaseMs * 2 ** this.attempts, reconnectMaxMs);
  }

  private schedule(scope: Scope, delayMs: number) {
    if (this.closed) return;
    // A pending retry that covers this one (a full reconnect covers a media one) stands, unless this one is due now.
    const covered = this.retry !== undefined && (this.retry.scope === 'full' || scope === 'media');
    if (covered && delayMs > 0) return;
    if (this.retry) clearTimeout(this.retry.timer);
    const timer = setTimeout(() => void this.reconnect(scope), delayMs);
    this.retry = { timer, scope };
  }

  private async reconnect(scope: Scope) {
    this.retry = undefined;
    if (this.closed) return;
    this.attempts += 1;
    if (scope === 'full') this.teardown();
    const generation = this.generation;
    try {
      if (scope === 'full' || !this.signaling) await this.connect(generation);
      else await this.connectMedia(generation);
    } catch (error) {
      if (this.closed || generation !== this.generation) return;
      const fatal = error instanceof RtmsHandshakeError && error.statusCode !== RTMS_STATUS.DUPLICATE_SIGNAL_REQUEST;
      if (fatal || this.attempts >= this.deps.timings.maxReconnectAttempts) return this.giveUp(error);
      this.deps.logger.info({ rtmsStreamId: this.rtmsStreamId, scope, attempt: this.attempts }, 'rtms: reconnect failed, backing off');
      this.schedule(scope === 'media' && this.signaling ? 'media' : 'full', this.backoff());
    }
  }

  private giveUp(error: unknown) {
    this.deps.logger.warn({ rtmsStreamId: this.rtmsStreamId, reason: error instanceof Error ? error.message : String(error) }, 'rtms: giving the stream up');
    // A stream that had started is over for this app: the listener hears it as Zoom's await-reconnection timeout.
    this.stop(RTMS_STOP_REASON.AWAIT_RECONNECTION_TIMEOUT);
  }

  private teardown() {
    this.generation += 1;
    if (this.retry) clearTimeout(this.retry.timer);
    this.retry = undefined;
    for (const socket of [this.signaling, this.media]) socket?.close(1000);
    this.signaling = undefined;
    this.media = undefined;
  }

  // The listener's work (storage, pushes) never blocks or breaks the socket loop.
  private notify(call: () => Promise<void>) {
    void call().catch((error: unknown) => this.deps.logger.error({ err: error, rtmsStreamId: this.rtmsStreamId }, 'rtms: listener failed'));
  }
}
