import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { sendAttachment } from '../src/http/attachment.ts';

// A download (the export, the reports' CSV) is sent as its source yields it: the source is read only as fast as
// the browser takes it, and no further once the browser has gone.
const CHUNK = 'x'.repeat(64 * 1024);

let server: http.Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

/** A server whose one download is an endless source, with how far it was read and whether it was closed. */
async function endlessDownload() {
  const source = { read: 0, closed: false, sent: Promise.resolve() };
  async function* endless() {
    try {
      for (;;) {
        source.read += 1;
        yield CHUNK;
      }
    } finally {
      source.closed = true;
    }
  }
  const app = express();
  app.get('/download', (_req, res) => {
    source.sent = sendAttachment(res, { contentType: 'text/plain; charset=utf-8', filename: 'endless.txt' }, endless());
  });
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/download`;
  return { source, url };
}

describe('a streamed download', () => {
  it('reads its source only as fast as the browser takes it, and stops reading when the browser goes', async () => {
    const { source, url } = await endlessDownload();
    const request = http.get(url);
    const [response] = (await once(request, 'response')) as [http.IncomingMessage];
    expect(response.headers['content-disposition']).toBe('attachment; filename="endless.txt"');
    expect(response.headers['cache-control']).toBe('no-store');
    response.pause();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const readWhilePaused = source.read;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Socket buffers hold a few chunks; the source is not read on while nobody takes them.
    expect(source.read).toBe(readWhilePaused);
    expect(readWhilePaused * CHUNK.length).toBeLessThan(32 * 1024 * 1024);

    request.destroy();
    await source.sent;
    expect(source.closed).toBe(true);
    const readAtClose = source.read;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(source.read).toBe(readAtClose);
  });
});
