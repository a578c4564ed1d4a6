import { createTestStore } from '@c360/c360/testing';
import { startServer, type StartedServer } from '@c360/bff/src/server.ts';
import { loadConfig } from '@c360/bff/src/config.ts';
import { loadSandboxConfig } from '../../src/config.ts';
import { startSandbox, type StartedSandbox } from '../../src/server.ts';
import { freePort } from './free-port.ts';

const CLIENT_ID = 'zoom-client-test-id';
const CLIENT_SECRET = 'zoom-client-test-secret';
const WEBHOOK_SECRET = 'zoom-client-test-webhook-secret';

export interface RunningProduct {
  bff: StartedServer;
  sandbox: StartedSandbox;
  stop(): Promise<void>;
}

export interface ProductOptions {
  /** Start the BFF on the demo data (SPEC §6) instead of an empty store. */
  seeded?: boolean;
}

/**
 * The product as `pnpm start` runs it, in-process: the BFF on a test store behind the sandbox's
 * embedded browser (PUBLIC_URL), and the sandbox playing Zoom's hosts (ZOOM_HOST, ZOOM_API_HOST).
 */
export async function startProduct(sidebarDist: string, { seeded = false }: ProductOptions = {}): Promise<RunningProduct> {
  const [publicPort, bffPort, sandboxPort] = [await freePort(), await freePort(), await freePort()];
  const publicUrl = `http://localhost:${publicPort}`;
  const sandboxUrl = `http://localhost:${sandboxPort}`;
  const bff = await startServer(
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: String(bffPort),
      PUBLIC_URL: publicUrl,
      ZOOM_HOST: sandboxUrl,
      ZOOM_API_HOST: sandboxUrl,
      ZOOM_CLIENT_ID: CLIENT_ID,
      ZOOM_CLIENT_SECRET: CLIENT_SECRET,
      ZOOM_WEBHOOK_SECRET_TOKEN: WEBHOOK_SECRET,
      // The sandbox plays Zoom's RTMS servers too, as `pnpm start` sets it.
      ZOOM_RTMS_HOSTS: `localhost:${sandboxPort}`,
      SIDEBAR_DIST: sidebarDist,
    }),
    { store: await createTestStore({ seeded }) },
  );
  const sandbox = await startSandbox(
    loadSandboxConfig({
      NODE_ENV: 'test',
      SANDBOX_PORT: String(sandboxPort),
      PUBLIC_URL: publicUrl,
      BFF_URL: `http://localhost:${bffPort}`,
      ZOOM_CLIENT_ID: CLIENT_ID,
      ZOOM_CLIENT_SECRET: CLIENT_SECRET,
      ZOOM_WEBHOOK_SECRET_TOKEN: WEBHOOK_SECRET,
    }),
  ).catch(async (error: unknown) => {
    await bff.close();
    throw error;
  });
  return {
    bff,
    sandbox,
    stop: () => Promise.all([sandbox.close(), bff.close()]).then(() => undefined),
  };
}
