import { describe, expect, it } from 'vitest';
import { spawnServer } from './support/spawn-server.ts';
import { PRODUCTION_ENV } from './support/test-app.ts';

const START_TIMEOUT = 30_000;

async function failedStart(env: Record<string, string>) {
  const server = spawnServer(env);
  const code = await server.exited;
  return { code, lines: server.stderr().trimEnd().split('\n'), stdout: server.stdout() };
}

describe('starting the BFF', () => {
  it(
    'stops with one line naming DATABASE_URL when the PostgreSQL server is unreachable',
    async () => {
      const { code, lines } = await failedStart({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/x' });
      expect(code).not.toBe(0);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Cannot start: .*DATABASE_URL/);
    },
    START_TIMEOUT,
  );

  it(
    'stops with one line naming the secret missing in production',
    async () => {
      const { ZOOM_WEBHOOK_SECRET_TOKEN: _missing, ...withoutWebhookSecret } = PRODUCTION_ENV;
      const { code, lines } = await failedStart(withoutWebhookSecret);
      expect(code).not.toBe(0);
      expect(lines).toEqual(['Invalid configuration: ZOOM_WEBHOOK_SECRET_TOKEN is required in production']);
    },
    START_TIMEOUT,
  );

  it(
    'stops with one line naming a bad PORT, without opening the store',
    async () => {
      const { code, lines, stdout } = await failedStart({ PORT: 'eighty', DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/x' });
      expect(code).not.toBe(0);
      expect(lines).toEqual(['Invalid configuration: PORT must be a number']);
      expect(stdout).toBe('');
    },
    START_TIMEOUT,
  );
});
