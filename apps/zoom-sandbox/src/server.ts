import type { Server } from 'node:http';
import { createSandboxApp } from './app.ts';
import { loadSandboxConfig, type SandboxConfig } from './config.ts';

export async function startSandbox(config: SandboxConfig): Promise<{ url: string; server: Server }> {
  const app = createSandboxApp(config);
  return new Promise((resolve, reject) => {
    const server = app.listen(config.SANDBOX_PORT, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.SANDBOX_PORT;
      resolve({ url: `http://localhost:${port}`, server });
    });
    server.once('error', reject);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { url, server } = await startSandbox(loadSandboxConfig(process.env));
    console.log(`Zoom sandbox listening on ${url}`);
    const stop = () => server.close(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  } catch (error) {
    console.error(`Cannot start the Zoom sandbox: ${(error as Error).message}`);
    process.exit(1);
  }
}
