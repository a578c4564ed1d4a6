import { randomUUID } from 'node:crypto';
import type { SandboxConfig } from '../config.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import type { WebhookAttempt, WebhookDelivery } from '../state/records.ts';
import { signWebhook } from './sign-webhook.ts';

export interface WebhookEvent {
  event: string;
  payload: Record<string, unknown>;
}

/** Ways to send what an attacker or a replay would, so tests can see the product refuse it. */
export interface SendOptions {
  /** Sign with a timestamp this many seconds in the past (a replayed delivery). */
  staleBySeconds?: number;
  /** Send a signature that was not made with the secret token. */
  badSignature?: boolean;
}

export const webhookUrl = (config: SandboxConfig) => new URL('/zoom/webhooks', config.PUBLIC_URL).href;

async function attempt(config: SandboxConfig, state: SandboxState, delivery: WebhookDelivery, options: SendOptions) {
  const started = state.now();
  const timestamp = String(Math.floor(started / 1000) - (options.staleBySeconds ?? 0));
  const secret = options.badSignature ? `not-${config.ZOOM_WEBHOOK_SECRET_TOKEN}` : config.ZOOM_WEBHOOK_SECRET_TOKEN;
  const record: WebhookAttempt = { at: started, timestamp, status: null, responseBody: '', durationMs: 0 };
  delivery.attempts.push(record);
  const clock = performance.now();
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Zoom Marketplace/1.0a',
        'x-zm-request-timestamp': timestamp,
        'x-zm-signature': signWebhook(secret, timestamp, delivery.body),
        'x-zm-request-id': delivery.requestId,
      },
      body: delivery.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(state.settings.webhookTimeoutMs),
    });
    record.status = response.status;
    record.responseBody = await response.text();
  } catch (error) {
    record.error = error instanceof Error && error.name === 'TimeoutError' ? 'No reply within the time limit' : String(error);
  } finally {
    record.durationMs = Math.round(performance.now() - clock);
  }
  return record;
}

/** Sends one event to the product's webhook endpoint exactly as Zoom does, and records the delivery. */
export async function sendWebhook(
  config: SandboxConfig,
  state: SandboxState,
  { event, payload }: WebhookEvent,
  options: SendOptions = {},
): Promise<WebhookDelivery> {
  const delivery: WebhookDelivery = {
    id: randomUUID(),
    requestId: randomUUID(),
    event,
    url: webhookUrl(config),
    // The exact bytes sent are the bytes signed; redeliveries reuse them.
    body: JSON.stringify({ event, payload, event_ts: state.now() }),
    attempts: [],
  };
  state.webhookDeliveries.push(delivery);
  await attempt(config, state, delivery, options);
  return delivery;
}

/** Zoom's retry: the identical body and request id, with a fresh timestamp and signature. */
export async function redeliver(config: SandboxConfig, state: SandboxState, deliveryId: string, options: SendOptions = {}) {
  const delivery = state.webhookDeliveries.find((candidate) => candidate.id === deliveryId);
  if (!delivery) return undefined;
  await attempt(config, state, delivery, options);
  return delivery;
}

export const lastAttempt = (delivery: WebhookDelivery) => delivery.attempts.at(-1);
