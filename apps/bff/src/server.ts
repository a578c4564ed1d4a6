import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { runPendingImports } from '@c360/c360';
import { seedDemoDataIfEmpty } from '@c360/c360/seed';
import { openStore, type Store } from '@c360/c360/store';
import { createApp } from './app.ts';
import { RtmsManager } from './rtms/rtms-manager.ts';
import { MeetingEventHub } from './routes/meetings/meeting-events.ts';
import { createTranscriptFeed } from './transcripts/transcript-feed.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createStoreHousekeeping } from './housekeeping/store-housekeeping.ts';
import { createLogger, redactUrlCredentials, type Logger } from './logger.ts';
import { createRecordingDownloader } from './recordings/recording-downloader.ts';
import { closeRedis, connectRedis, type Redis } from './redis/redis-client.ts';
import { RedisMeetingEvents } from './redis/redis-meeting-events.ts';
import { redisRateLimiter } from './redis/redis-rate-limiter.ts';
import { redisSessionStore } from './redis/redis-session-store.ts';

const SHUTDOWN_GRACE_MS = 10_000;

export interface StartedServer {
  /** Where this process listens (PUBLIC_URL is where users reach it, possibly through a proxy). */
  url: string;
  server: Server;
  store: Store;
  /** Stops accepting, lets in-flight requests finish (up to 10 s), then closes the store (and Redis). */
  close(): Promise<void>;
}

/**
 * DATABASE_URL → that PostgreSQL server (seeded by `pnpm db:seed` if wanted); otherwise the embedded
 * store in DATA_DIR, which gets the demo data on its first start. Never in production: the demo users
 * share a published password.
 */
export async function openConfiguredStore(config: Config, logger?: Logger): Promise<Store> {
  if (config.DATABASE_URL) return openStore({ kind: 'postgres', databaseUrl: config.DATABASE_URL, timeouts: config.storeTimeouts });
  const store = await openStore({ kind: 'pglite', dataDir: config.DATA_DIR });
  if (config.isProduction) return store;
  try {
    const seeded = await seedDemoDataIfEmpty(store.prisma);
    if (seeded) logger?.info({ rows: seeded }, 'loaded the demo data into the new embedded store');
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

const redisWarning = (logger: Logger) => (error: Error) => logger.warn({ err: { message: error.message } }, 'Redis connection error (REDIS_URL)');

/** With REDIS_URL, sessions, rate-limit counters and meeting changes go through Redis, shared by every BFF process. */
async function connectConfiguredRedis(config: Config, logger: Logger): Promise<Redis | undefined> {
  if (!config.REDIS_URL) return undefined;
  return connectRedis(config.REDIS_URL, { keyPrefix: config.REDIS_KEY_PREFIX, timeouts: config.redisTimeouts, onError: redisWarning(logger) });
}

/** Stops a server gracefully: idle keep-alive connections close now, busy ones after their response. */
function closeGracefully(server: Server, inFlight: Set<ServerResponse>, graceMs: number): Promise<void> {
  for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  return closed.finally(() => clearTimeout(timer));
}

/**
 * Connects to REDIS_URL if set, opens the store (unless given one), builds the app and listens on PORT.
 * The returned server owns the store and the Redis connection: `close()` closes them.
 */
export async function startServer(config: Config, deps: { logger?: Logger; store?: Store } = {}): Promise<StartedServer> {
  const logger = deps.logger ?? createLogger(config);
  // Redis first: it fails fast, before the embedded store spends seconds opening (and seeding).
  let redis: Redis | undefined;
  try {
    redis = await connectConfiguredRedis(config, logger);
  } catch (error) {
    await deps.store?.close();
    throw error;
  }
  let store: Store;
  try {
    store = deps.store ?? (await openConfiguredStore(config, logger));
  } catch (error) {
    if (redis) await closeRedis(redis);
    throw error;
  }
  let meetingEvents: RedisMeetingEvents | undefined;
  try {
    meetingEvents = redis && (await RedisMeetingEvents.connect(redis, config.REDIS_KEY_PREFIX, redisWarning(logger)));
  } catch (error) {
    await Promise.all([store.close(), redis && closeRedis(redis)]);
    throw error;
  }
  const recordingDownloader = createRecordingDownloader({ config, prisma: store.prisma, logger });
  const housekeeping = createStoreHousekeeping(store.prisma, logger);
  // The transcript the RTMS client hears is pushed through the same hub the meeting routes stream from.
  const events = meetingEvents ?? new MeetingEventHub();
  const rtms = new RtmsManager({ prisma: store.prisma, config, listener: createTranscriptFeed(store.prisma, events), logger });
  // The worker's downloads and a prune under way finish before the store they write to closes.
  const closeStores = () =>
    Promise.all([recordingDownloader.stop(), housekeeping.stop(), rtms.close()])
      .then(() => Promise.all([store.close(), meetingEvents?.close(), redis && closeRedis(redis)]))
      .then(() => undefined);
  const app = createApp({
    config,
    store,
    logger,
    recordingDownloader,
    rtms,
    meetingEvents: events,
    ...(redis && {
      sessionStore: redisSessionStore(redis),
      // Several processes share Redis: a sign-out in one must end the session in all at once, and a
      // Redis read costs well under a millisecond, so this process keeps no copy of its own.
      sessionCacheTtlMs: 0,
      rateLimiter: redisRateLimiter(redis),
      dependencies: [{ name: 'Redis server', ping: () => redis.ping().then(() => undefined) }],
    }),
  });
  const server = createServer(app);

  let closing = false;
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    // Once stopping, no connection is kept alive after its current response.
    if (closing) res.setHeader('Connection', 'close');
    res.on('close', () => inFlight.delete(res));
  });

  try {
    server.listen(config.PORT);
    await once(server, 'listening');
  } catch (error) {
    await closeStores();
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? `port ${config.PORT} is already in use (PORT)` : (error as Error).message;
    throw new Error(reason, { cause: error });
  }
  const { port } = server.address() as AddressInfo;
  recordingDownloader.start();
  housekeeping.start();
  // Imports a stopped process left queued or half-run go on (writing a row again changes nothing).
  runPendingImports(store.prisma).catch((error: unknown) => logger.error({ err: error }, 'resuming the pending imports failed'));

  let closed: Promise<void> | undefined;
  return {
    url: `http://localhost:${port}/`,
    server,
    store,
    close() {
      closing = true;
      closed ??= closeGracefully(server, inFlight, SHUTDOWN_GRACE_MS).finally(closeStores);
      return closed;
    },
  };
}

export function stopServer(started: StartedServer): Promise<void> {
  return started.close();
}

/** One line, no credentials: what `Cannot start:` and config errors print. */
function oneLine(message: string): string {
  return redactUrlCredentials(message)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    process.stderr.write(`${oneLine(error instanceof ConfigError ? error.message : String(error))}\n`);
    process.exit(1);
  }
  const logger = createLogger(config);

  let started: StartedServer;
  try {
    started = await startServer(config, { logger });
  } catch (error) {
    process.stderr.write(`Cannot start: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
    process.exit(1);
  }
  if (config.GENERATED_SECRETS.length > 0) {
    logger.warn(`using development values for ${config.GENERATED_SECRETS.join(', ')} (never in production)`);
  }
  logger.info({ url: started.url, publicUrl: config.PUBLIC_URL, store: started.store.kind }, `C360 BFF listening on ${started.url}`);

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info(`${signal} received: finishing in-flight requests`);
    started.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
