import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { urlValidationReply, verifyWebhookSignature } from '../src/zoom/webhook-signature.ts';

const secretToken = 'webhook-secret';
const rawBody = Buffer.from('{"event":"meeting.ended","payload":{}}');
const now = 1_760_000_000_000;
const timestamp = String(now / 1000);
const sign = (ts: string, body: Buffer | string, secret = secretToken) =>
  `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body.toString()}`).digest('hex')}`;

describe('webhook signatures', () => {
  it('accept Zoom’s signature over the exact raw body', () => {
    expect(verifyWebhookSignature({ secretToken, timestamp, signature: sign(timestamp, rawBody), rawBody, now }).ok).toBe(true);
  });

  it('key a verified delivery on the SHA-256 of what the signature covers, so the same bytes have the same key', () => {
    const check = verifyWebhookSignature({ secretToken, timestamp, signature: sign(timestamp, rawBody), rawBody, now });
    expect(check).toEqual({ ok: true, signatureKey: createHash('sha256').update(`v0:${timestamp}:${rawBody.toString()}`).digest('hex') });
    const later = String(now / 1000 + 60);
    const retried = verifyWebhookSignature({ secretToken, timestamp: later, signature: sign(later, rawBody), rawBody, now });
    expect(retried.ok && check.ok && retried.signatureKey !== check.signatureKey).toBe(true);
  });

  it('refuse a changed body, another secret, a truncated signature or missing headers', () => {
    const changed = Buffer.from(rawBody.toString().replace('ended', 'started'));
    expect(verifyWebhookSignature({ secretToken, timestamp, signature: sign(timestamp, rawBody), rawBody: changed, now }).ok).toBe(false);
    expect(verifyWebhookSignature({ secretToken, timestamp, signature: sign(timestamp, rawBody, 'other'), rawBody, now }).ok).toBe(false);
    expect(verifyWebhookSignature({ secretToken, timestamp, signature: sign(timestamp, rawBody).slice(0, -2), rawBody, now }).ok).toBe(false);
    expect(verifyWebhookSignature({ secretToken, timestamp: undefined, signature: sign(timestamp, rawBody), rawBody, now }).ok).toBe(false);
    expect(verifyWebhookSignature({ secretToken, timestamp, signature: undefined, rawBody, now }).ok).toBe(false);
  });

  it('refuse timestamps more than 5 minutes away from now, in either direction', () => {
    for (const offset of [-301, 301]) {
      const ts = String(now / 1000 + offset);
      expect(verifyWebhookSignature({ secretToken, timestamp: ts, signature: sign(ts, rawBody), rawBody, now }).ok).toBe(false);
    }
    const edge = String(now / 1000 - 299);
    expect(verifyWebhookSignature({ secretToken, timestamp: edge, signature: sign(edge, rawBody), rawBody, now }).ok).toBe(true);
    expect(verifyWebhookSignature({ secretToken, timestamp: 'soon', signature: sign('soon', rawBody), rawBody, now }).ok).toBe(false);
  });

  it('answer URL validation with the HMAC of the plain token', () => {
    expect(urlValidationReply(secretToken, 'plain')).toEqual({
      plainToken: 'plain',
      encryptedToken: createHmac('sha256', secretToken).update('plain').digest('hex'),
    });
  });
});
