import { AppError, assertStorableJson, type ZoomWebhookDelivery } from '@c360/c360';
import { z } from 'zod';

const webhookBody = z.object({
  event: z.string().min(1),
  event_ts: z.number().optional(),
  payload: z.record(z.string(), z.unknown()).default({}),
});

/** The signed body as a delivery; only called once the signature has been verified. */
export function parseWebhookBody(rawBody: Buffer, ids: { requestId: string | undefined; signatureKey: string }): ZoomWebhookDelivery {
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new AppError('VALIDATION', 'The webhook body is not valid JSON.');
  }
  const parsed = webhookBody.safeParse(json);
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'The webhook body is not a Zoom event.', {
      errors: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    });
  }
  // The payload is stored as it came (and hashed without a request id): bounded before either.
  assertStorableJson(parsed.data.payload, 'payload');
  return {
    requestId: ids.requestId || undefined,
    signatureKey: ids.signatureKey,
    event: parsed.data.event,
    eventTs: parsed.data.event_ts,
    payload: parsed.data.payload,
  };
}

export function plainTokenOf(delivery: ZoomWebhookDelivery): string {
  const plainToken = delivery.payload.plainToken;
  if (typeof plainToken !== 'string' || plainToken === '') {
    throw new AppError('VALIDATION', 'endpoint.url_validation needs payload.plainToken.', {
      errors: [{ path: 'payload.plainToken', message: 'required' }],
    });
  }
  return plainToken;
}
