import type { AddressInfo } from 'node:net';
import express from 'express';

export interface ReceivedWebhook {
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
}

/** A stand-in for the product's webhook endpoint on a real port; `reply` decides the answer. */
export async function startWebhookReceiver(
  reply: (received: ReceivedWebhook) => { status: number; body: unknown } = () => ({ status: 200, body: {} }),
) {
  const received: ReceivedWebhook[] = [];
  const app = express();
  app.post('/zoom/webhooks', express.raw({ type: '*/*' }), (req, res) => {
    const entry = { headers: req.headers, rawBody: Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '' };
    received.push(entry);
    const { status, body } = reply(entry);
    res.status(status).json(body);
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
