import type { Agent, ClientRequest, IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { request } from 'node:http';
import { pipeline } from 'node:stream';

// Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are never forwarded.
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'upgrade'];

function endToEnd<T extends IncomingHttpHeaders>(headers: T): T {
  const copy = { ...headers };
  const listed = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());
  for (const name of [...HOP_BY_HOP, ...listed]) delete copy[name];
  return copy;
}

export interface ForwardOptions {
  upstream: URL;
  agent: Agent;
  /** Headers to set on the forwarded request (e.g. x-zoom-app-context). */
  requestHeaders?: IncomingHttpHeaders;
  /** The request's headers after the proxy's own edits (defaults to the request's). */
  headers?: IncomingHttpHeaders;
  /** Extra Set-Cookie values for the browser, after the BFF's own. */
  setCookies?: string[];
}

function forwardedFor(req: IncomingMessage): string {
  const previous = req.headers['x-forwarded-for'];
  const address = req.socket.remoteAddress ?? 'unknown';
  return previous ? `${String(previous)}, ${address}` : address;
}

const BODYLESS = new Set(['GET', 'HEAD']);

/**
 * A kept-alive connection the BFF closed just as this request was sent on it: nothing reached the BFF, so a
 * request without a body is sent again on a fresh connection (Node's documented keep-alive race).
 */
const closedUnderUs = (req: IncomingMessage, upstreamReq: ClientRequest, error: NodeJS.ErrnoException) =>
  upstreamReq.reusedSocket && BODYLESS.has(req.method ?? '') && (error.code === 'ECONNRESET' || error.code === 'EPIPE');

/** Streams a request to the BFF and its response back, leaving method, path, body and cookies as they are. */
export function forwardRequest(req: IncomingMessage, res: ServerResponse, options: ForwardOptions, retried = false) {
  const headers: OutgoingHttpHeaders = {
    ...endToEnd(options.headers ?? req.headers),
    ...options.requestHeaders,
    'x-forwarded-for': forwardedFor(req),
    'x-forwarded-proto': 'http',
    'x-forwarded-host': req.headers.host,
  };
  const upstreamReq = request(
    {
      protocol: options.upstream.protocol,
      hostname: options.upstream.hostname,
      port: options.upstream.port,
      method: req.method,
      path: req.url,
      headers,
      agent: options.agent,
    },
    (upstreamRes) => {
      const responseHeaders: OutgoingHttpHeaders = endToEnd(upstreamRes.headers);
      if (options.setCookies?.length) {
        responseHeaders['set-cookie'] = [...(upstreamRes.headers['set-cookie'] ?? []), ...options.setCookies];
      }
      res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, responseHeaders);
      pipeline(upstreamRes, res, () => undefined);
    },
  );
  upstreamReq.on('error', (error: NodeJS.ErrnoException) => {
    if (res.destroyed) return;
    if (!retried && !res.headersSent && closedUnderUs(req, upstreamReq, error)) {
      forwardRequest(req, res, options, true);
      return;
    }
    if (res.headersSent) {
      res.destroy(error);
      return;
    }
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`The Zoom sandbox's embedded browser cannot reach the product at ${options.upstream.origin} (${error.message}).\n`);
  });
  // A browser that goes away stops the upstream request too (long polls, event streams).
  res.on('close', () => {
    if (!res.writableFinished) upstreamReq.destroy();
  });
  // A retry has no body to stream: the browser's (empty) one was already read.
  if (retried) upstreamReq.end();
  else pipeline(req, upstreamReq, () => undefined);
}
