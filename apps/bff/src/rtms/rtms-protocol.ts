import { createHmac } from 'node:crypto';
import { z } from 'zod';

/** The RTMS message types the client speaks (notes/zoom-rtms.md §5). */
export const MSG = {
  SIGNALING_HANDSHAKE_REQ: 1,
  SIGNALING_HANDSHAKE_RESP: 2,
  DATA_HANDSHAKE_REQ: 3,
  DATA_HANDSHAKE_RESP: 4,
  EVENT_SUBSCRIPTION: 5,
  EVENT_UPDATE: 6,
  CLIENT_READY_ACK: 7,
  STREAM_STATE_UPDATE: 8,
  SESSION_STATE_UPDATE: 9,
  SESSION_STATE_REQ: 10,
  SESSION_STATE_RESP: 11,
  KEEP_ALIVE_REQ: 12,
  KEEP_ALIVE_RESP: 13,
  MEDIA_DATA_TRANSCRIPT: 17,
  STREAM_STATE_REQ: 19,
  STREAM_STATE_RESP: 20,
  STREAM_CLOSE_REQ: 21,
  STREAM_CLOSE_RESP: 22,
} as const;

export const EVENT = { ACTIVE_SPEAKER_CHANGE: 2, PARTICIPANT_JOIN: 3, PARTICIPANT_LEAVE: 4, MEDIA_CONNECTION_INTERRUPTED: 7 } as const;
export const STATUS = { OK: 0, INVALID_RTMS_STREAM_ID: 2, INVALID_SIGNATURE: 3, DUPLICATE_SIGNAL_REQUEST: 8 } as const;
export const STREAM_STATE = { INTERRUPTED: 2, TERMINATED: 4 } as const;
export const SESSION_STATE_STOPPED = 5;
export const STOP_REASON = { DATA_INTERRUPTED: 14, AWAIT_RECONNECTION_TIMEOUT: 19 } as const;
export const MEDIA_TYPE_TRANSCRIPT = 8;
export const CONTENT_TYPE_TEXT = 5;

/** Both handshakes' signature: hex(HMAC-SHA256(client_secret, client_id + "," + meeting_uuid + "," + stream id)). */
export const rtmsSignature = (clientId: string, clientSecret: string, meetingUuid: string, streamId: string) =>
  createHmac('sha256', clientSecret).update(`${clientId},${meetingUuid},${streamId}`).digest('hex');

/** Every message names its type; the rest is read per type. */
export const rtmsMessage = z.looseObject({ msg_type: z.number().int() });
export type RtmsMessage = z.infer<typeof rtmsMessage>;

export const handshakeResponse = z.looseObject({
  status_code: z.number().int(),
  reason: z.string().optional(),
  media_server: z.object({ server_urls: z.object({ transcript: z.string().optional(), all: z.string().optional() }) }).optional(),
});

export const eventUpdate = z.object({ event: z.looseObject({ event_type: z.number().int() }) });
export const streamStateUpdate = z.looseObject({ state: z.number().int(), reason: z.number().int().optional() });
export const sessionStateUpdate = z.looseObject({ state: z.number().int(), stop_reason: z.number().int().optional() });
export const keepAliveRequest = z.looseObject({ timestamp: z.number() });

export const transcriptPacket = z.object({
  content: z.object({
    user_id: z.number(),
    user_name: z.string(),
    start_time: z.number(),
    end_time: z.number(),
    language: z.number().int(),
    data: z.string(),
  }),
});

/** The RTMS webhooks' flat payloads (notes §2). */
export const rtmsStartedPayload = z.object({ meeting_uuid: z.string().min(1), rtms_stream_id: z.string().min(1), server_urls: z.string().min(1) });
export const rtmsStoppedPayload = z.object({ meeting_uuid: z.string().min(1), rtms_stream_id: z.string().min(1), stop_reason: z.number().int() });
