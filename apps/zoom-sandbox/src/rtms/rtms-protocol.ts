import { createHmac, timingSafeEqual } from 'node:crypto';

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
