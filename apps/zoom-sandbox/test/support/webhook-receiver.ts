import express from 'express';
import { listenLocally } from './listen-local.ts';

export interface ReceivedWebhook {
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
}

/** A stand-in for the product's webhook endpoint on a real port; `reply` decides the answer. */
export async function startWebhookReceiver(reply: (received: ReceivedWebhook) => { status: number; body: unknown } = () => ({ status: 200, body: {} })) {
  const received: ReceivedWebhook[] = [];
  const app = express();
  app.post('/zoom/webhooks', express.raw({ type: '*/*' }), (req, res) => {
    const entry = { headers: req.headers, rawBody: Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '' };
    received.push(entry);
    const { status, body } = reply(entry);
    res.status(status).json(body);
  });
  return { ...(await listenLocally(app)), received };
}
