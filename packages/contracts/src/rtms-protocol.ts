/**
 * Zoom's Realtime Media Streams protocol numbers (notes/zoom-rtms.md §5), the ones the sandbox's server and
 * the BFF's client speak: one definition, so the two ends can never disagree on a number.
 */
export const RTMS_MSG = {
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

export const RTMS_EVENT = {
  FIRST_PACKET_TIMESTAMP: 1,
  ACTIVE_SPEAKER_CHANGE: 2,
  PARTICIPANT_JOIN: 3,
  PARTICIPANT_LEAVE: 4,
  MEDIA_CONNECTION_INTERRUPTED: 7,
} as const;

export const RTMS_STATUS = {
  OK: 0,
  INVALID_MESSAGE_TYPE: 1,
  INVALID_RTMS_STREAM_ID: 2,
  INVALID_SIGNATURE: 3,
  INVALID_MEDIA_TYPE: 7,
  DUPLICATE_SIGNAL_REQUEST: 8,
  DUPLICATE_MEDIA_DATA_CONNECTION: 16,
  INVALID_MEDIA_TRANSCRIPT_SOURCE_LANGUAGE: 43,
} as const;

export const RTMS_STREAM_STATE = { ACTIVE: 1, INTERRUPTED: 2, TERMINATED: 4, PAUSED: 5, RESUMED: 6 } as const;
export const RTMS_SESSION_STATE = { STARTED: 2, PAUSED: 3, RESUMED: 4, STOPPED: 5 } as const;

export const RTMS_STOP_REASON = {
  HOST_TRIGGERED: 1,
  USER_TRIGGERED: 2,
  MEETING_ENDED: 6,
  /** The stream was revoked: what was kept of it is deleted. */
  STREAM_REVOKED: 8,
  SIGNALING_INTERRUPTED: 13,
  DATA_INTERRUPTED: 14,
  AWAIT_RECONNECTION_TIMEOUT: 19,
  RECEIVER_REQUESTED_CLOSE: 20,
  KEEP_ALIVE_TIMEOUT: 24,
} as const;

/** media_type bits: transcript alone, or everything on one connection. */
export const RTMS_MEDIA_TYPE = { TRANSCRIPT: 8, ALL: 32 } as const;
export const RTMS_CONTENT_TYPE_TEXT = 5;
/** Transcript language codes (the packets' `language`, the handshake's `src_language`). */
export const RTMS_LANGUAGE = { en: 9, ja: 20 } as const;
