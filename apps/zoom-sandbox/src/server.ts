import type { Server } from 'node:http';
import { createSandboxApp, rtmsServerOf, sandboxStateOf } from './app.ts';
import type { RtmsServer } from './rtms/rtms-server.ts';
import { loadSandboxConfig, type SandboxConfig } from './config.ts';
import type { SandboxState } from './state/sandbox-state.ts';
import { clientStateOf } from './client/client-state.ts';
import { keepStateInFile } from './state/state-file.ts';
import { startEmbeddedBrowser, type EmbeddedBrowser } from './embedded-browser/embedded-browser.ts';

export interface StartedSandbox {
  /** Zoom's web and API hosts (SANDBOX_PORT). */
  url: string;
  /** The embedded browser in front of the BFF (PUBLIC_URL): where the app is reached. */
  publicUrl: string;
  server: Server;
  embeddedBrowser: EmbeddedBrowser;
  state: SandboxState;
  /** Zoom's Realtime Media Streams server, on the same port (tests shorten its timings and break its sockets). */
  rtms: RtmsServer;
  /** What it was started with (tests sign their own webhooks with its secret). */
  config: SandboxConfig;
  /** Stops both listeners, open event streams included. */
  close(): Promise<void>;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function startSandbox(config: SandboxConfig): Promise<StartedSandbox> {
  const app = createSandboxApp(config);
  const state = sandboxStateOf(app);
  if (config.SANDBOX_STATE_FILE) keepStateInFile(state, config.SANDBOX_STATE_FILE);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.SANDBOX_PORT, '127.0.0.1', () => {
      const address = listening.address();
      const port = typeof address === 'object' && address ? address.port : config.SANDBOX_PORT;
      // Deeplinks and download URLs must name the port actually bound (SANDBOX_PORT=0 in tests).
      state.settings.origin = `http://localhost:${port}`;
      resolve(listening);
    });
    listening.once('error', reject);
  });
  const rtms = rtmsServerOf(app);
  server.on('upgrade', rtms.upgrade);
  let embeddedBrowser: EmbeddedBrowser;
  try {
    embeddedBrowser = await startEmbeddedBrowser(config, clientStateOf(state), () => state.now());
  } catch (error) {
    await closeServer(server);
    throw new Error(`the embedded browser cannot listen at PUBLIC_URL ${config.PUBLIC_URL}: ${(error as Error).message}`, { cause: error });
  }
  // Whoever closes the sandbox's server also stops the embedded browser in front of the BFF.
  server.once('close', () => void embeddedBrowser.close());
  return {
    url: state.settings.origin,
    publicUrl: embeddedBrowser.url,
    server,
    embeddedBrowser,
    state,
    rtms,
    config,
    close: () => {
      // Upgraded sockets keep an HTTP server open: the RTMS sockets go first.
      rtms.close();
      return Promise.all([closeServer(server), embeddedBrowser.close()]).then(() => undefined);
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { url, publicUrl, close } = await startSandbox(loadSandboxConfig(process.env));
    console.log(`Zoom sandbox listening on ${url} (the Zoom client's embedded browser: ${publicUrl})`);
    const stop = () => void close().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  } catch (error) {
    console.error(`Cannot start the Zoom sandbox: ${(error as Error).message}`);
    process.exit(1);
  }
}
