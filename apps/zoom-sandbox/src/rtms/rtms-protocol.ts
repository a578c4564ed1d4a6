import { createHmac, timingSafeEqual } from 'node:crypto';

/** RTMS message types, event types and status codes (notes/zoom-rtms.md §5): the ones the sandbox speaks. */
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

export const EVENT = {
  FIRST_PACKET_TIMESTAMP: 1,
  ACTIVE_SPEAKER_CHANGE: 2,
  PARTICIPANT_JOIN: 3,
  PARTICIPANT_LEAVE: 4,
  MEDIA_CONNECTION_INTERRUPTED: 7,
} as const;

export const STATUS = {
  OK: 0,
  INVALID_MESSAGE_TYPE: 1,
  INVALID_RTMS_STREAM_ID: 2,
  INVALID_SIGNATURE: 3,
  INVALID_MEDIA_TYPE: 7,
  DUPLICATE_SIGNAL_REQUEST: 8,
  DUPLICATE_MEDIA_DATA_CONNECTION: 16,
  INVALID_MEDIA_TRANSCRIPT_SOURCE_LANGUAGE: 43,
} as const;

export const STREAM_STATE = { ACTIVE: 1, INTERRUPTED: 2, TERMINATED: 4 } as const;
export const SESSION_STATE = { STARTED: 2, STOPPED: 5 } as const;

export const STOP_REASON = {
  HOST_TRIGGERED: 1,
  USER_TRIGGERED: 2,
  MEETING_ENDED: 6,
  SIGNALING_INTERRUPTED: 13,
  DATA_INTERRUPTED: 14,
  RECEIVER_REQUESTED_CLOSE: 20,
  KEEP_ALIVE_TIMEOUT: 24,
} as const;

/** media_type bits the sandbox serves: transcript alone, or everything on one connection. */
export const MEDIA_TYPE = { TRANSCRIPT: 8, ALL: 32 } as const;

/** Transcript languages the sandbox's speech uses; the hint must be one of Zoom's codes it knows. */
export const LANGUAGE_CODE = { en: 9, ja: 20 } as const;
/** Zoom numbers its transcript languages from 0 (Arabic) to 36; anything else is refused with status 43. */
export const isKnownLanguageCode = (code: unknown) => Number.isInteger(code) && (code as number) >= 0 && (code as number) <= 36;

/** Both handshakes' signature: hex(HMAC-SHA256(client_secret, client_id + "," + meeting_uuid + "," + stream id)). */
export function rtmsSignature(clientId: string, clientSecret: string, meetingUuid: string, streamId: string): string {
  return createHmac('sha256', clientSecret).update(`${clientId},${meetingUuid},${streamId}`).digest('hex');
}

export function isValidSignature(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
