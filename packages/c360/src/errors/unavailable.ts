import { AppError } from './app-error.ts';

/**
 * The one list of failures that mean "a store (PostgreSQL or Redis) cannot answer right now": the client
 * may retry the same request later, so the edge answers 503 with Retry-After instead of 500.
 * Errors are recognised by shape (codes, names, driver messages), not by class, so the domain needs
 * neither the pg nor the ioredis package, and an error wrapped as a `cause` is still recognised.
 */

/** Socket failures from Node (connect, reset, DNS) on any client. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Prisma: P1001 cannot reach, P1002 timed out, P1008 operation timed out, P1017 server closed the
 * connection, P2024 pool timeout, P2028 a transaction that expired or closed (a stalled store), P2034 a
 * write conflict or deadlock worth retrying.
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2034']);

/** What @prisma/adapter-pg calls a connection that failed (its DriverAdapterError's `cause.kind`). */
const DRIVER_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TransactionWriteConflict']);

/**
 * PostgreSQL SQLSTATEs: 08 connection exception, 53 insufficient resources (too many connections…),
 * 57014 statement timeout, 57P01–57P05 shut down or terminated, 40001/40P01 retryable conflicts,
 * 25P03 idle-in-transaction timeout.
 */
const isTransientSqlState = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || /^53[0-9A-Z]{3}$/.test(code) || /^57(014|P0[1-5])$/.test(code) || code === '40001' || code === '40P01' || code === '25P03';

/** Driver messages that carry no code: pg, pg-pool, ioredis. */
const TRANSIENT_MESSAGES = [
  /^Connection terminated/, // pg: the server or the network closed it
  /^Query read timeout$/, // pg: query_timeout
  /^timeout exceeded when trying to connect$/, // pg-pool: connectionTimeoutMillis (connect or acquire)
  /is not queryable$/, // pg: a client whose connection already failed
  /^Cannot use a pool after calling end on the pool$/, // shutting down
  /^Connection is closed\.?$/, // ioredis
  /^Stream isn't writeable/, // ioredis without its offline queue, while reconnecting
  /^Command timed out$/, // ioredis commandTimeout
  /^Socket timeout\./, // ioredis socketTimeout: the connection stopped answering
  /^Reached the max retries per request limit/, // ioredis MaxRetriesPerRequestError
  /^(LOADING|READONLY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN) /, // Redis replies of a server not ready to serve
];

const TRANSIENT_NAMES = new Set(['MaxRetriesPerRequestError', 'PrismaClientInitializationError']);

function isTransient(error: object): boolean {
  const { code, name, message, kind } = error as { code?: unknown; name?: unknown; message?: unknown; kind?: unknown };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || isTransientSqlState(code))) return true;
  if (typeof kind === 'string' && DRIVER_ADAPTER_KINDS.has(kind)) return true;
  if (typeof name === 'string' && TRANSIENT_NAMES.has(name)) return true;
  return typeof message === 'string' && TRANSIENT_MESSAGES.some((pattern) => pattern.test(message));
}

/** The errors this one wraps: `cause`, Prisma's `meta.driverAdapterError`, AggregateError's `errors`. */
function innerErrors(error: object): unknown[] {
  const { cause, meta, errors } = error as { cause?: unknown; meta?: { driverAdapterError?: unknown }; errors?: unknown };
  return [cause, meta?.driverAdapterError, ...(Array.isArray(errors) ? errors : [])];
}

/** True when the error, or one it wraps, says a store (or a service: UNAVAILABLE) could not answer; a retry later may succeed. */
export function isUnavailableError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 8) return false;
  if (error instanceof AppError) return error.code === 'UNAVAILABLE';
  return isTransient(error) || innerErrors(error).some((inner) => isUnavailableError(inner, depth + 1));
}

/** Seconds a client should wait before retrying a request the stores could not serve. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/** The AppError a store failure becomes; its message is safe to show and names no server. */
export function storeUnavailable(cause: unknown): AppError {
  return new AppError('UNAVAILABLE', 'The service is unavailable right now. Try again in a moment.', {
    details: { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS },
    cause,
  });
}
