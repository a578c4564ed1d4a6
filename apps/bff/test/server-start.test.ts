import { describe, expect, it } from 'vitest';
import { spawnServer } from './support/spawn-server.ts';

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
      const { code, lines } = await failedStart({
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://c360.example.com',
        SESSION_SECRET: 'super-secret-session-value-0123456789',
        TOKEN_ENCRYPTION_KEY: 'ab'.repeat(32),
        ZOOM_CLIENT_ID: 'client-id',
        ZOOM_CLIENT_SECRET: 'client-secret-value',
        TRUST_PROXY: '1',
      });
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
