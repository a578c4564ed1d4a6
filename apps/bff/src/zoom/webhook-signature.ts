import { now as clockNow } from '@c360/c360';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Zoom's retries come minutes apart with fresh timestamps; anything older than this is a replay. */
export const WEBHOOK_TIMESTAMP_WINDOW_SECONDS = 5 * 60;

/** A verified delivery carries its signature key: what deduplicates replays of the same signed bytes. */
export type SignatureCheck = { ok: true; signatureKey: string } | { ok: false; reason: string };

/**
 * SHA-256 of exactly what the signature covers. The request id is not signed, so deliveries are also keyed on
 * this: the same signed bytes re-sent under another id (within the window) are a replay, not a new delivery.
 */
const signatureKeyOf = (timestamp: string, rawBody: Buffer): string => createHash('sha256').update(`v0:${timestamp}:`).update(rawBody).digest('hex');

/**
 * Zoom's `x-zm-signature`: `v0=` + hex HMAC-SHA256(secret token, `v0:{x-zm-request-timestamp}:{raw body}`),
 * checked over the exact bytes received, in constant time, within ±5 minutes of our clock.
 */
export function verifyWebhookSignature(input: {
  secretToken: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: Buffer;
  now?: number;
}): SignatureCheck {
  const { secretToken, timestamp, signature, rawBody, now = clockNow().getTime() } = input;
  if (!timestamp || !signature) return { ok: false, reason: 'The x-zm-signature and x-zm-request-timestamp headers are required.' };
  if (!/^\d{1,13}$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > WEBHOOK_TIMESTAMP_WINDOW_SECONDS) {
    return { ok: false, reason: 'The request timestamp is missing or outside the allowed window.' };
  }
  const expected = Buffer.from(`v0=${createHmac('sha256', secretToken).update(`v0:${timestamp}:`).update(rawBody).digest('hex')}`);
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'The signature does not match.' };
  }
  return { ok: true, signatureKey: signatureKeyOf(timestamp, rawBody) };
}

/** The answer to `endpoint.url_validation`: proof that we hold the secret token. */
export const urlValidationReply = (secretToken: string, plainToken: string) => ({
  plainToken,
  encryptedToken: createHmac('sha256', secretToken).update(plainToken).digest('hex'),
});
