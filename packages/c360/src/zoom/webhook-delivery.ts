import { createHash } from 'node:crypto';

/** The events the product subscribes to; anything else is acknowledged and dropped. */
export const STORED_WEBHOOK_EVENTS = [
  'app_deauthorized',
  'meeting.ended',
  'recording.completed',
  'recording.transcript_completed',
  // Realtime Media Streams (issue 18): stored once, so a replayed or retried one never moves a stream's connection.
  'meeting.rtms_started',
  'meeting.rtms_interrupted',
  'meeting.rtms_stopped',
] as const;
export type StoredWebhookEvent = (typeof STORED_WEBHOOK_EVENTS)[number];

export const isStoredWebhookEvent = (event: string): event is StoredWebhookEvent => (STORED_WEBHOOK_EVENTS as readonly string[]).includes(event);

/** One verified webhook delivery, as parsed from its body. */
export interface ZoomWebhookDelivery {
  /** `x-zm-request-id`: the same on Zoom's retries of a delivery. */
  requestId: string | undefined;
  /** SHA-256 of the signed timestamp and raw body: a replay of the same bytes under any request id is the same delivery. */
  signatureKey?: string | undefined;
  event: string;
  eventTs: number | undefined;
  payload: Record<string, unknown>;
}

const objectOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const stringOf = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** Retries repeat the request id; without one, the event's own identity stands in for it. */
export function deliveryKeyOf(delivery: ZoomWebhookDelivery): string {
  if (delivery.requestId) return delivery.requestId;
  const identity = JSON.stringify([delivery.event, delivery.eventTs ?? null, delivery.payload]);
  return `sha256:${createHash('sha256').update(identity).digest('hex')}`;
}

/** Whose event it is: the deauthorized user, or the meeting's host and the meeting. */
export function subjectsOf(delivery: ZoomWebhookDelivery): { zoomUserId: string | null; meetingUuid: string | null } {
  if (delivery.event === 'app_deauthorized') return { zoomUserId: stringOf(delivery.payload.user_id), meetingUuid: null };
  // RTMS payloads are flat, and name who started the stream, not the host.
  if (delivery.event.startsWith('meeting.rtms_')) return { zoomUserId: null, meetingUuid: stringOf(delivery.payload.meeting_uuid) };
  const object = objectOf(delivery.payload.object);
  return { zoomUserId: stringOf(object.host_id), meetingUuid: stringOf(object.uuid) };
}

/**
 * What is kept of a payload. The account id is PII that is only ever stored encrypted (on the
 * installation), and the deauthorization's signature is of no later use, so neither is kept here.
 */
export function storablePayload(delivery: ZoomWebhookDelivery): Record<string, unknown> {
  const { account_id: _accountId, ...rest } = delivery.payload;
  if (delivery.event !== 'app_deauthorized') return rest;
  const { signature: _signature, ...kept } = rest;
  return kept;
}
