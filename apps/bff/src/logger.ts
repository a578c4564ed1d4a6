import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { Config } from './config.ts';

export type { Logger };

// Where credentials can appear in what we log: request/response headers, bodies, config, errors.
const SECRET_KEYS = [
  'password',
  'token',
  'accessToken',
  'refreshToken',
  'access_token',
  'refresh_token',
  'id_token',
  'code_verifier',
  'codeVerifier',
  'secret',
  'clientSecret',
  'client_secret',
  'plainToken',
  // A domain API key (issue 17), as Gainsight's APIs name the header.
  'accesskey',
  'encryptedToken',
  'context',
  'SESSION_SECRET',
  'TOKEN_ENCRYPTION_KEY',
  'ZOOM_CLIENT_SECRET',
  'ZOOM_WEBHOOK_SECRET_TOKEN',
  'SALESFORCE_CLIENT_SECRET',
];
const URL_KEYS = ['DATABASE_URL', 'REDIS_URL', 'databaseUrl', 'redisUrl'];

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers.accesskey',
  'req.headers["x-zoom-app-context"]',
  'req.headers["x-zm-signature"]',
  'res.headers["set-cookie"]',
  ...[...SECRET_KEYS, ...URL_KEYS].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/** Hides the password of `scheme://user:password@host` URLs anywhere in a string. */
export function redactUrlCredentials(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*):[^@/?#\s]*@/gi, '$1:[Redacted]@');
}

function censor(value: unknown, path: string[]): unknown {
  const key = path.at(-1) ?? '';
  // Connection URLs keep host and database (useful when debugging), lose the password.
  if (URL_KEYS.includes(key) && typeof value === 'string') return redactUrlCredentials(value);
  return '[Redacted]';
}

/**
 * What a request log line keeps: no query string (OAuth codes and states travel there), no headers
 * (cookies, the app context and signatures do).
 */
export function requestForLog(req: { id?: unknown; method?: string; url?: string; remoteAddress?: string }) {
  return { id: req.id, method: req.method, path: req.url?.split('?')[0], remoteAddress: req.remoteAddress };
}

/** JSON lines to stdout (or `destination`, for tests). */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: config.LOG_LEVEL,
    redact: { paths: REDACT_PATHS, censor },
    serializers: {
      err: (error: unknown) => {
        const serialized = pino.stdSerializers.err(error as Error);
        return {
          ...serialized,
          message: redactUrlCredentials(serialized.message),
          stack: redactUrlCredentials(serialized.stack),
        };
      },
    },
    hooks: {
      // Free-text messages can quote a connection string.
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactUrlCredentials(arg) : arg)) as typeof args);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
