import { createHmac } from 'node:crypto';
import type { SandboxConfig } from '../config.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import { revokeGrant } from '../oauth/grants.ts';
import { sendWebhook } from '../webhooks/send-webhook.ts';
import type { ZoomUser } from '../zoom-users.ts';

/**
 * The user removes the app: Zoom ends the user's tokens at once, then tells the app with
 * `app_deauthorized` so it deletes the user's data (a Marketplace requirement).
 */
export async function removeApp(config: SandboxConfig, state: SandboxState, user: ZoomUser) {
  if (!revokeGrant(state, user.id)) return undefined;
  const eventTs = state.now();
  const deauthorizationTime = new Date(eventTs).toISOString();
  // An opaque value to the app (it trusts x-zm-signature); made with the secret so it is not guessable.
  const signature = createHmac('sha256', config.ZOOM_WEBHOOK_SECRET_TOKEN).update(`${user.accountId}:${user.id}:${deauthorizationTime}`).digest('hex');
  return sendWebhook(config, state, {
    event: 'app_deauthorized',
    payload: {
      account_id: user.accountId,
      user_id: user.id,
      signature,
      deauthorization_time: deauthorizationTime,
      client_id: config.ZOOM_CLIENT_ID,
      event_ts: eventTs,
    },
  });
}
