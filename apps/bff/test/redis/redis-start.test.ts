import { describe, expect, it } from 'vitest';
import { spawnServer } from '../support/spawn-server.ts';

describe('starting the BFF with REDIS_URL', () => {
  it('stops with one line naming REDIS_URL when Redis is unreachable, without opening the store', async () => {
    const server = spawnServer({ REDIS_URL: 'redis://:hunter2@127.0.0.1:1/0', DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/x' });
    expect(await server.exited).not.toBe(0);
    const lines = server.stderr().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot start: Cannot reach the Redis server at 127\.0\.0\.1:1\/0 \(REDIS_URL\)/);
    expect(server.stderr()).not.toContain('hunter2');
  }, 30_000);
});
