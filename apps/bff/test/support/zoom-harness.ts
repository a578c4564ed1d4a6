import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestStore } from '@c360/c360/testing';
import type { Store } from '@c360/c360/store';
import type { SandboxConfig } from '@c360/zoom-sandbox/src/config.ts';
import type { RtmsServer } from '@c360/zoom-sandbox/src/rtms/rtms-server.ts';
import { startSandbox } from '@c360/zoom-sandbox/src/server.ts';
import type { SandboxState } from '@c360/zoom-sandbox/src/state/sandbox-state.ts';
import { testSandboxConfig } from '@c360/zoom-sandbox/test/support/config.ts';
import { pino } from 'pino';
import { createApp, type AppDeps } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';
import { freePort } from './spawn-server.ts';
import { testConfig } from './test-app.ts';

/** The BFF on a real port (the sandbox posts webhooks to it) talking to a real sandbox over HTTP. */
export interface ZoomHarness {
  /** PUBLIC_URL: where browsers and Zoom reach the BFF. */
  bffOrigin: string;
  sandboxOrigin: string;
  config: Config;
  sandboxConfig: SandboxConfig;
  sandbox: SandboxState;
  /** The sandbox's RTMS server (its timings and test controls). */
  rtms: RtmsServer;
  store: Store;
  deps: { config: Config; prisma: Store['prisma'] };
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function stop(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

export interface ZoomHarnessOptions {
  /** Start from the demo data (SPEC §6) instead of an empty store. */
  seeded?: boolean;
  /** More BFF configuration, once the sandbox's origin is known (e.g. the sandbox as another IdP). */
  env?: (sandbox: { origin: string; config: SandboxConfig }) => NodeJS.ProcessEnv;
  /** More of the BFF's dependencies, made from its configuration and store (e.g. an RTMS manager). */
  appDeps?: (bff: { config: Config; store: Store }) => Partial<AppDeps>;
}

/**
 * Users reach the BFF at PUBLIC_URL, where the sandbox's "embedded browser" forwards every request to
 * the BFF's own port, as a TLS proxy would in production; Zoom's redirects and webhooks go there too.
 */
export async function startZoomHarness({ seeded = false, env, appDeps }: ZoomHarnessOptions = {}): Promise<ZoomHarness> {
  const store = await createTestStore({ seeded });
  const bff = createServer();
  const bffUrl = await listen(bff);
  const bffOrigin = `http://127.0.0.1:${await freePort()}`;
  const sandboxConfig = testSandboxConfig({ PUBLIC_URL: bffOrigin, BFF_URL: bffUrl, SANDBOX_PORT: '0' });
  const sandbox = await startSandbox(sandboxConfig);
  // The sandbox listens on 127.0.0.1 only; "localhost" may resolve to ::1 first.
  const sandboxOrigin = sandbox.url.replace('//localhost:', '//127.0.0.1:');
  const config = testConfig({
    PUBLIC_URL: bffOrigin,
    ZOOM_HOST: sandboxOrigin,
    ZOOM_API_HOST: sandboxOrigin,
    ZOOM_CLIENT_ID: sandboxConfig.ZOOM_CLIENT_ID,
    ZOOM_CLIENT_SECRET: sandboxConfig.ZOOM_CLIENT_SECRET,
    ZOOM_WEBHOOK_SECRET_TOKEN: sandboxConfig.ZOOM_WEBHOOK_SECRET_TOKEN,
    ...env?.({ origin: sandboxOrigin, config: sandboxConfig }),
  });
  bff.on('request', createApp({ config, store, logger: pino({ level: 'silent' }), ...appDeps?.({ config, store }) }));
  return {
    bffOrigin,
    sandboxOrigin,
    config,
    sandboxConfig,
    sandbox: sandbox.state,
    rtms: sandbox.rtms,
    store,
    deps: { config, prisma: store.prisma },
    async close() {
      await Promise.all([stop(bff), sandbox.close()]);
      await store.close();
    },
  };
}
