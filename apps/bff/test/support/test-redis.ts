import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { connectRedis } from '../../src/redis/redis-client.ts';

/** The Redis server the tests use (a local one on this machine and on CI). Never skipped when missing. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix of its own per test file and run, so parallel runs and projects never share counters. */
export const testKeyPrefix = () => `c360-test:${randomBytes(6).toString('hex')}:`;

export interface TestRedis {
  redis: Redis;
  keyPrefix: string;
  /** Deletes every key under the prefix and disconnects. */
  close(): Promise<void>;
}

export async function connectTestRedis(keyPrefix = testKeyPrefix()): Promise<TestRedis> {
  const redis = await connectRedis(TEST_REDIS_URL, { keyPrefix }).catch((error: Error) => {
    throw new Error(
      `${error.message}. These tests need Redis: start it with \`redis-server --daemonize yes --port 6379 --save "" --appendonly no\` or set TEST_REDIS_URL.`,
    );
  });
  return {
    redis,
    keyPrefix,
    close: () =>
      dropKeys(keyPrefix)
        .finally(() => redis.quit())
        .then(() => undefined),
  };
}

/** Deletes every key under the prefix. SCAN patterns are not prefixed by ioredis, so this uses a plain connection. */
export async function dropKeys(keyPrefix: string): Promise<void> {
  const plain = new Redis(TEST_REDIS_URL, { lazyConnect: true });
  await plain.connect();
  try {
    for await (const keys of plain.scanStream({ match: `${keyPrefix}*`, count: 500 }) as AsyncIterable<string[]>) {
      if (keys.length > 0) await plain.del(...keys);
    }
  } finally {
    await plain.quit();
  }
}
