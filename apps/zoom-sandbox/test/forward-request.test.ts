import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forwardRequest } from '../src/embedded-browser/forward-request.ts';

let upstream: Server;
let proxy: Server;
let upstreamRequests = 0;

const listen = async (server: Server) => {
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  // Answers the first request of each connection and drops the connection at the second, as a server
  // closing an idle kept-alive connection at the moment a request arrives on it.
  const served = new WeakMap<Socket, number>();
  upstream = createServer((req, res) => {
    upstreamRequests += 1;
    const count = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, count);
    if (count > 1) {
      req.socket.destroy();
      return;
    }
    res.end(`${req.method} ${req.url}`);
  });
  const upstreamUrl = new URL(await listen(upstream));
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  proxy = createServer((req, res) => forwardRequest(req, res, { upstream: upstreamUrl, agent }));
  await listen(proxy);
});
afterAll(() => {
  proxy.closeAllConnections();
  upstream.closeAllConnections();
  proxy.close();
  upstream.close();
});

const get = (path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const { port } = proxy.address() as AddressInfo;
    request({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });

it('sends a GET again on a fresh connection when the product drops the kept-alive one it went out on', async () => {
  expect(await get('/first')).toEqual({ status: 200, body: 'GET /first' });
  expect(await get('/second')).toEqual({ status: 200, body: 'GET /second' });
  // The second request reached the product twice: once on the dropped connection, once on a new one.
  expect(upstreamRequests).toBe(3);
});
