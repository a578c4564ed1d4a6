import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** Serves an app on a free loopback port: its origin, and `close` to stop it. */
export async function listenLocally(app: Express) {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
