import { once } from 'node:events';
import { createConnection, createServer, type Socket } from 'node:net';

/**
 * A TCP proxy between the BFF and a store (PostgreSQL or Redis) that a test can break:
 * - `cut()`: every open connection is reset, and new ones are reset as soon as they are accepted (the
 *   server went away, or a firewall rejects);
 * - `stall()`: connections are accepted, but no byte gets through either way (a partition: packets are
 *   swallowed, nothing is refused, nothing fails, nothing answers);
 * - `heal()`: traffic flows again. Bytes held by a stall are delivered then, late, as TCP does once a
 *   partition heals — unless either end gave up and closed in the meantime.
 */
export interface FaultProxy {
  /** Where the BFF connects instead of the store. */
  readonly port: number;
  cut(): void;
  stall(): void;
  heal(): void;
  close(): Promise<void>;
}

type Mode = 'pass' | 'cut' | 'stall';

interface Link {
  client: Socket;
  upstream: Socket;
  /** What a stall held back, in order, per direction. */
  held: { toUpstream: Buffer[]; toClient: Buffer[] };
}

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  let mode: Mode = 'pass';
  const links = new Set<Link>();

  const drop = (link: Link) => {
    links.delete(link);
    link.client.destroy();
    link.upstream.destroy();
  };
  const reset = (link: Link) => {
    links.delete(link);
    link.client.resetAndDestroy();
    link.upstream.destroy();
  };

  const server = createServer((client) => {
    if (mode === 'cut') {
      client.on('error', () => {});
      client.resetAndDestroy();
      return;
    }
    const upstream = createConnection(target);
    const link: Link = { client, upstream, held: { toUpstream: [], toClient: [] } };
    links.add(link);
    client.on('data', (chunk: Buffer) => (mode === 'pass' ? upstream.write(chunk) : link.held.toUpstream.push(chunk)));
    upstream.on('data', (chunk: Buffer) => (mode === 'pass' ? client.write(chunk) : link.held.toClient.push(chunk)));
    // Either end closing, or failing, closes the other: a connection one side gave up on is gone.
    for (const socket of [client, upstream]) {
      socket.on('error', () => drop(link));
      socket.on('close', () => drop(link));
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };

  return {
    port,
    cut() {
      mode = 'cut';
      for (const link of [...links]) reset(link);
    },
    stall() {
      mode = 'stall';
    },
    heal() {
      mode = 'pass';
      for (const { client, upstream, held } of links) {
        for (const chunk of held.toUpstream.splice(0)) upstream.write(chunk);
        for (const chunk of held.toClient.splice(0)) client.write(chunk);
      }
    },
    async close() {
      for (const link of [...links]) drop(link);
      server.close();
      await once(server, 'close');
    },
  };
}
