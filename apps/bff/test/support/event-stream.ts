import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';

export interface EventStream {
  /** The parsed data of the stream's next event of that name; events of other names on the way are skipped. */
  next(event: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Follows a server-sent events stream of a listening server as a sidebar does (its cookie, no buffering). */
export async function followEventStream(server: Server, path: string, cookie: string): Promise<EventStream> {
  const { port } = server.address() as AddressInfo;
  const abort = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { Cookie: cookie }, signal: abort.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const next = async (event: string): Promise<unknown> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.startsWith(`event: ${event}\n`)) return JSON.parse(block.split('\ndata: ')[1]!);
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value, { stream: true });
    }
  };
  const close = async () => {
    abort.abort();
    await reader.cancel().catch(() => undefined);
  };
  return { next, close };
}
