import { createHmac } from 'node:crypto';

/** Zoom's documented signature: `v0=` + hex HMAC-SHA256(secret, `v0:{timestamp}:{raw body}`). */
export const signWebhook = (secretToken: string, timestamp: string, rawBody: string) =>
  `v0=${createHmac('sha256', secretToken).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;

/** The `encryptedToken` an endpoint must return for `endpoint.url_validation`. */
export const urlValidationToken = (secretToken: string, plainToken: string) => createHmac('sha256', secretToken).update(plainToken).digest('hex');
