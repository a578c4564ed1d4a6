import express from 'express';
import type { SandboxConfig } from '../config.ts';
import type { SandboxState } from '../state/sandbox-state.ts';
import { signedInUser } from '../accounts/signed-in-user.ts';
import { sendPage } from '../pages/layout.ts';
import { redeliver, webhookUrl } from './send-webhook.ts';
import { validateWebhookEndpoint } from './validate-endpoint.ts';
import { webhooksPage } from './webhooks-page.ts';

/** The developer's view of Zoom's event subscription: what was sent, and buttons to send again. */
export function webhooksRouter(config: SandboxConfig, state: SandboxState) {
  const router = express.Router();
  router.get('/webhooks', (req, res) => {
    sendPage(res, webhooksPage(webhookUrl(config), state.webhookDeliveries, signedInUser(req)));
  });
  router.post('/webhooks/validate', async (_req, res) => {
    await validateWebhookEndpoint(config, state);
    res.redirect(303, '/webhooks');
  });
  router.post('/webhooks/:deliveryId/redeliver', async (req, res) => {
    const delivery = await redeliver(config, state, req.params.deliveryId);
    if (!delivery) return res.status(404).type('text').send('No such delivery.');
    res.redirect(303, '/webhooks');
  });
  return router;
}
