import { Agent, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { SandboxConfig } from '../config.ts';
import { freshAppContext } from '../app-context/build-app-context.ts';
import type { ClientState } from '../client/client-state.ts';
import { findLaunch, LAUNCH_TTL_MS, redeemLaunch } from '../client/launches.ts';
import { forwardRequest } from './forward-request.ts';
import { clearLaunchCookie, HOME_PATH, LAUNCH_PATH_PREFIX, setLaunchCookie, takeLaunchCookie } from './launch-cookie.ts';

function startLaunch(res: ServerResponse, client: ClientState, launchId: string, now: number) {
  const launch = redeemLaunch(client.launches, launchId, now);
  if (!launch) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('This app launch has expired or was already used. Open the app again from the meeting.\n');
    return;
  }
  res.writeHead(302, { location: HOME_PATH, 'set-cookie': setLaunchCookie(launch.id), 'cache-control': 'no-store' });
  res.end();
}

/**
 * The Zoom client's embedded browser in front of the BFF. It forwards every request untouched, except:
 * `GET /__zoom/launch/<id>` (a client page opening the app) redirects to the Home URL with a short-lived
 * cookie, and that Home URL load reaches the BFF with a fresh `x-zoom-app-context` instead of the cookie.
 */
export function embeddedBrowserHandler(config: SandboxConfig, client: ClientState, agent: Agent, now: () => number = Date.now) {
  const upstream = new URL(config.BFF_URL);
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://embedded.invalid').pathname;
    if (req.method === 'GET' && path.startsWith(LAUNCH_PATH_PREFIX)) {
      startLaunch(res, client, decodeURIComponent(path.slice(LAUNCH_PATH_PREFIX.length)), now());
      return;
    }
    if (path !== HOME_PATH) {
      forwardRequest(req, res, { upstream, agent });
      return;
    }
    const headers = { ...req.headers };
    const launchId = takeLaunchCookie(headers);
    if (launchId === undefined) {
      forwardRequest(req, res, { upstream, agent });
      return;
    }
    const launch = findLaunch(client.launches, launchId);
    // An unknown or stale launch reaches the BFF without a context, which answers it as Zoom's would.
    const context = launch?.redeemed && now() - launch.createdAt <= LAUNCH_TTL_MS ? freshAppContext(config, launch, now()) : undefined;
    forwardRequest(req, res, {
      upstream,
      agent,
      headers,
      requestHeaders: context ? { 'x-zoom-app-context': context } : {},
      setCookies: [clearLaunchCookie()],
    });
  };
}

export interface EmbeddedBrowser {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Listens at PUBLIC_URL's port: the sidebar's origin is PUBLIC_URL, as behind a TLS proxy in production. */
export async function startEmbeddedBrowser(config: SandboxConfig, client: ClientState, now?: () => number): Promise<EmbeddedBrowser> {
  const publicUrl = new URL(config.PUBLIC_URL);
  const agent = new Agent({ keepAlive: true });
  const server = createServer(embeddedBrowserHandler(config, client, agent, now));
  server.listen(Number(publicUrl.port || 80), '127.0.0.1');
  await once(server, 'listening');
  let closed: Promise<void> | undefined;
  return {
    url: publicUrl.origin,
    server,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      });
      return closed;
    },
  };
}
