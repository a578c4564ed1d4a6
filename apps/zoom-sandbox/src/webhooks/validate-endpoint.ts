import { timingSafeEqual } from 'node:crypto';
import type { SandboxConfig } from '../config.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import { randomToken } from '../state/random-token.ts';
import { lastAttempt, sendWebhook } from './send-webhook.ts';
import { urlValidationToken } from './sign-webhook.ts';

function parseReply(body: string): { plainToken?: unknown; encryptedToken?: unknown } {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * Zoom's endpoint check (on save and every 72 h): the endpoint must echo plainToken with its HMAC
 * under the secret token. The outcome is recorded on the delivery.
 */
export async function validateWebhookEndpoint(config: SandboxConfig, state: SandboxState) {
  const plainToken = randomToken(16);
  const delivery = await sendWebhook(config, state, { event: 'endpoint.url_validation', payload: { plainToken } });
  const reply = lastAttempt(delivery);
  const { plainToken: echoed, encryptedToken } = parseReply(reply?.responseBody ?? '');
  const expected = Buffer.from(urlValidationToken(config.ZOOM_WEBHOOK_SECRET_TOKEN, plainToken));
  const given = Buffer.from(typeof encryptedToken === 'string' ? encryptedToken : '');
  delivery.urlValidationPassed = reply?.status === 200 && echoed === plainToken && given.length === expected.length && timingSafeEqual(given, expected);
  return delivery;
}
