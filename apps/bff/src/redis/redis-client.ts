import { Redis } from 'ioredis';

export type { Redis };

/** How long a connection attempt and one command may take before they fail (the request answers 503). */
export interface RedisTimeouts {
  connectMs: number;
  commandMs: number;
}

const DEFAULT_REDIS_TIMEOUTS: RedisTimeouts = { connectMs: 3_000, commandMs: 2_000 };

/** Why the BFF cannot use the Redis server at REDIS_URL; the message names the variable, never the password. */
export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

/** `host:port/db` of a redis:// URL, for messages (no credentials). */
export function describeRedisUrl(redisUrl: string): string {
  const url = new URL(redisUrl);
  return `${url.hostname}:${url.port || '6379'}${url.pathname.length > 1 ? url.pathname : ''}`;
}

export interface RedisOptions {
  /** Every key this client touches starts with it, so several apps (or test runs) can share one server. */
  keyPrefix: string;
  timeouts?: Partial<RedisTimeouts>;
  onError?: (error: Error) => void;
}

/**
 * Connects to REDIS_URL and waits until the server answers. After start-up, ioredis reconnects on its own
 * and requests fail fast (no offline queue) while the server is away, and within `commandMs` while it
 * does not answer (a stalled network), rather than hanging.
 */
export async function connectRedis(redisUrl: string, { keyPrefix, timeouts, onError }: RedisOptions): Promise<Redis> {
  const { connectMs, commandMs } = { ...DEFAULT_REDIS_TIMEOUTS, ...timeouts };
  const client = new Redis(redisUrl, {
    keyPrefix,
    lazyConnect: true,
    connectTimeout: connectMs,
    commandTimeout: commandMs,
    // A connection that stops answering is destroyed and reconnected, not kept (its replies may never come).
    socketTimeout: commandMs,
    keepAlive: 10_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  // ioredis reports a failed first connection as "Connection is closed"; the socket error says why.
  let firstError: Error | undefined;
  const remember = (error: Error) => (firstError ??= error);
  client.on('error', remember);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    const reason = (firstError ?? (error as Error)).message;
    throw new RedisUnavailableError(`Cannot reach the Redis server at ${describeRedisUrl(redisUrl)} (REDIS_URL): ${reason}`);
  }
  client.off('error', remember);
  client.on('error', (error: Error) => onError?.(error));
  return client;
}

/** Waits for pending replies, then closes; a server that has gone away is simply disconnected. */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  await client.quit().catch(() => client.disconnect());
}
