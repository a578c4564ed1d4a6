import { loadSandboxConfig, type SandboxConfig } from '../../src/config.ts';

/** A sandbox configuration for tests; the secrets are test values, never real ones. */
export function testSandboxConfig(overrides: Partial<Record<keyof SandboxConfig, string>> = {}): SandboxConfig {
  return loadSandboxConfig({
    ZOOM_CLIENT_ID: 'test-client-id',
    ZOOM_CLIENT_SECRET: 'test-client-secret',
    ZOOM_WEBHOOK_SECRET_TOKEN: 'test-webhook-secret',
    ...overrides,
  });
}
