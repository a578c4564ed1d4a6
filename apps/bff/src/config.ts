import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Required in production; generated outside it (see `developmentSecret`). */
export const SECRET_NAMES = ['SESSION_SECRET', 'TOKEN_ENCRYPTION_KEY', 'ZOOM_CLIENT_ID', 'ZOOM_CLIENT_SECRET', 'ZOOM_WEBHOOK_SECRET_TOKEN'] as const;
type SecretName = (typeof SECRET_NAMES)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** The message is one line naming each bad variable, never a value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

// `FOO=` in a compose file or .env means "not set".
const unsetIfEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());

const httpUrl = (message: string) => z.url({ protocol: /^https?$/, error: message });
const wholeNumber = (min: number, fallback: number) =>
  z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(min, { error: `must be at least ${min}` })
      .default(fallback),
  );

/** 32 bytes written as 64 hex characters or as base64 (standard or URL-safe). */
function decodeKey(value: string): Buffer | undefined {
  if (/^[0-9a-f]{64}$/i.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) return Buffer.from(value, value.includes('-') || value.includes('_') ? 'base64url' : 'base64');
  return undefined;
}

// `host` or `host:port`: a DNS name or IPv4 address, lower-cased so a comparison with a URL's host is exact.
const RTMS_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;

/** ZOOM_RTMS_HOSTS: the RTMS servers besides Zoom's own (`*.zoom.us`) the BFF may connect to. */
const rtmsHosts = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((part) => part.trim().toLowerCase())
          .filter(Boolean)
      : [],
  z.array(z.string().regex(RTMS_HOST, { error: 'must be a comma-separated list of host or host:port' })),
);

/** "true"/"false", a hop count, or a comma list of addresses, subnets and Express's names (loopback…). */
function parseTrustProxy(value: string): boolean | number | string[] {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

const envSchema = z.object({
  NODE_ENV: z.preprocess(
    unsetIfEmpty,
    z.enum(['development', 'test', 'production'], { error: 'must be development, test or production' }).default('development'),
  ),
  PORT: z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be between 0 and 65535' })
      .max(65535, { error: 'must be between 0 and 65535' })
      .default(3000),
  ),
  PUBLIC_URL: optional(httpUrl('must be an http(s) URL')),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' })),
  DATA_DIR: optional(z.string()),
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' })),
  REDIS_KEY_PREFIX: z.preprocess(unsetIfEmpty, z.string().default('c360:')),
  SESSION_SECRET: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
  TOKEN_ENCRYPTION_KEY: optional(
    z.string().refine((value) => decodeKey(value) !== undefined, {
      error: 'must be 32 bytes written as 64 hex characters or base64',
    }),
  ),
  ZOOM_CLIENT_ID: optional(z.string()),
  ZOOM_CLIENT_SECRET: optional(z.string()),
  ZOOM_WEBHOOK_SECRET_TOKEN: optional(z.string()),
  ZOOM_HOST: z.preprocess(unsetIfEmpty, httpUrl('must be an http(s) URL').default('https://zoom.us')),
  ZOOM_API_HOST: z.preprocess(unsetIfEmpty, httpUrl('must be an http(s) URL').default('https://api.zoom.us')),
  ZOOM_RTMS_HOSTS: rtmsHosts,
  SALESFORCE_CLIENT_ID: optional(z.string()),
  SALESFORCE_CLIENT_SECRET: optional(z.string()),
  SALESFORCE_AUTHORIZE_URL: z.preprocess(unsetIfEmpty, httpUrl('must be an http(s) URL').default('https://login.salesforce.com/services/oauth2/authorize')),
  SALESFORCE_TOKEN_URL: z.preprocess(unsetIfEmpty, httpUrl('must be an http(s) URL').default('https://login.salesforce.com/services/oauth2/token')),
  SALESFORCE_USERINFO_URL: z.preprocess(unsetIfEmpty, httpUrl('must be an http(s) URL').default('https://login.salesforce.com/services/oauth2/userinfo')),
  // Salesforce takes the client secret in the form; some identity providers (and the sandbox) want Basic.
  SALESFORCE_CLIENT_AUTH: z.preprocess(unsetIfEmpty, z.enum(['body', 'basic'], { error: 'must be body or basic' }).default('body')),
  // Shown on the sign-in screen and in the ⋯ menu; the defaults are Gainsight's own pages, for the demo.
  PRIVACY_POLICY_URL: z.preprocess(unsetIfEmpty, httpUrl('must be an http(s) URL').default('https://www.gainsight.com/policy/privacy/')),
  TERMS_OF_USE_URL: z.preprocess(unsetIfEmpty, httpUrl('must be an http(s) URL').default('https://www.gainsight.com/policy/')),
  SUPPORT_URL: z.preprocess(unsetIfEmpty, httpUrl('must be an http(s) URL').default('https://support.gainsight.com/')),
  LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info')),
  SIDEBAR_DIST: optional(z.string()),
  // Who may set X-Forwarded-For, and so choose the client IP the sign-in limits count: production names its proxy.
  TRUST_PROXY: z.preprocess(unsetIfEmpty, z.string().optional()),
  // Zoom's current docs say the in-client challenge is plain; older ones said S256 (notes §3).
  ZOOM_IN_CLIENT_PKCE_METHOD: z.preprocess(unsetIfEmpty, z.enum(['plain', 'S256'], { error: 'must be plain or S256' }).default('plain')),
  // Cloud recording downloads (transcripts, chats): the first retry's wait, doubled each time, and the attempts in all.
  RECORDING_RETRY_BASE_MS: wholeNumber(1, 30_000),
  RECORDING_MAX_ATTEMPTS: wholeNumber(1, 6),
  RECORDING_POLL_INTERVAL_MS: wholeNumber(1, 15_000),
  // How long a request waits on a store before it answers 503: connecting (or a busy pool), one SQL
  // statement (the client gives up a second after the server should have), one Redis command.
  DATABASE_CONNECT_TIMEOUT_MS: wholeNumber(1, 3_000),
  DATABASE_STATEMENT_TIMEOUT_MS: wholeNumber(1, 4_000),
  REDIS_CONNECT_TIMEOUT_MS: wholeNumber(1, 3_000),
  REDIS_COMMAND_TIMEOUT_MS: wholeNumber(1, 2_000),
});

/**
 * Outside production a missing secret is derived from a fixed seed and its name, so development
 * sessions and encrypted tokens survive a restart. The seed is public: these values protect nothing,
 * which is why production refuses to start without real ones.
 */
function developmentSecret(name: SecretName): string {
  const digest = createHash('sha256').update(`c360-development-only:${name}`).digest('hex');
  return name === 'ZOOM_CLIENT_ID' ? `dev-${digest.slice(0, 20)}` : digest;
}

type EnvVars = z.infer<typeof envSchema>;

function salesforceConfig(vars: EnvVars) {
  if (vars.SALESFORCE_CLIENT_ID === undefined) return undefined;
  return {
    clientId: vars.SALESFORCE_CLIENT_ID,
    // Outside production an identity provider that needs no secret (a public client) may be used.
    clientSecret: vars.SALESFORCE_CLIENT_SECRET ?? '',
    authorizeUrl: vars.SALESFORCE_AUTHORIZE_URL,
    tokenUrl: vars.SALESFORCE_TOKEN_URL,
    userinfoUrl: vars.SALESFORCE_USERINFO_URL,
    clientAuth: vars.SALESFORCE_CLIENT_AUTH,
  };
}

export type SalesforceConfig = NonNullable<ReturnType<typeof salesforceConfig>>;

export function loadConfig(env: NodeJS.ProcessEnv) {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')} ${issue.message}`);
  if (parsed.success && parsed.data.NODE_ENV === 'production') {
    for (const name of SECRET_NAMES) {
      if (parsed.data[name] === undefined) problems.push(`${name} is required in production`);
    }
    if (parsed.data.PUBLIC_URL === undefined) problems.push('PUBLIC_URL is required in production');
    if (parsed.data.TRUST_PROXY === undefined) problems.push("TRUST_PROXY is required in production (your proxy's hops or addresses, or false)");
    if (parsed.data.SALESFORCE_CLIENT_ID !== undefined && parsed.data.SALESFORCE_CLIENT_SECRET === undefined) {
      problems.push('SALESFORCE_CLIENT_SECRET is required in production when SALESFORCE_CLIENT_ID is set');
    }
  }
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }

  const vars = parsed.data;
  const generatedSecrets = SECRET_NAMES.filter((name) => vars[name] === undefined);
  const secret = (name: SecretName) => vars[name] ?? developmentSecret(name);
  const publicUrl = new URL(vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`);
  const fromRoot = (path: string) => (isAbsolute(path) ? path : resolve(REPO_ROOT, path));

  return {
    NODE_ENV: vars.NODE_ENV,
    isProduction: vars.NODE_ENV === 'production',
    PORT: vars.PORT,
    PUBLIC_URL: publicUrl.href,
    /** What browsers send as `Origin` for our own pages (CSRF, CSP). */
    PUBLIC_ORIGIN: publicUrl.origin,
    DATABASE_URL: vars.DATABASE_URL,
    DATA_DIR: fromRoot(vars.DATA_DIR ?? '.data'),
    REDIS_URL: vars.REDIS_URL,
    REDIS_KEY_PREFIX: vars.REDIS_KEY_PREFIX,
    SESSION_SECRET: secret('SESSION_SECRET'),
    /** The decoded 32-byte key. */
    TOKEN_ENCRYPTION_KEY: decodeKey(secret('TOKEN_ENCRYPTION_KEY')) as Buffer,
    ZOOM_CLIENT_ID: secret('ZOOM_CLIENT_ID'),
    ZOOM_CLIENT_SECRET: secret('ZOOM_CLIENT_SECRET'),
    ZOOM_WEBHOOK_SECRET_TOKEN: secret('ZOOM_WEBHOOK_SECRET_TOKEN'),
    ZOOM_HOST: new URL(vars.ZOOM_HOST).origin,
    ZOOM_API_HOST: new URL(vars.ZOOM_API_HOST).origin,
    /** RTMS servers the BFF may connect to besides Zoom's (`*.zoom.us`): `host` or `host:port`, lower case. */
    ZOOM_RTMS_HOSTS: vars.ZOOM_RTMS_HOSTS as readonly string[],
    /** "Sign in with Salesforce": off (its routes answer 404) unless a client id is configured. */
    salesforce: salesforceConfig(vars),
    /** The privacy policy, terms of use and support pages the sidebar links to. */
    legalLinks: { privacy: vars.PRIVACY_POLICY_URL, terms: vars.TERMS_OF_USE_URL, support: vars.SUPPORT_URL },
    LOG_LEVEL: vars.LOG_LEVEL,
    /** Relative paths are resolved against the repository root. */
    SIDEBAR_DIST: fromRoot(vars.SIDEBAR_DIST ?? 'apps/sidebar/dist'),
    TRUST_PROXY: parseTrustProxy(vars.TRUST_PROXY ?? 'loopback'),
    /** The PKCE challenge method of in-client OAuth (`zoomSdk.authorize`). */
    ZOOM_IN_CLIENT_PKCE_METHOD: vars.ZOOM_IN_CLIENT_PKCE_METHOD,
    /** Download retries of recording files: the first wait (doubled each time), attempts in all, poll interval. */
    RECORDING_RETRY_BASE_MS: vars.RECORDING_RETRY_BASE_MS,
    RECORDING_MAX_ATTEMPTS: vars.RECORDING_MAX_ATTEMPTS,
    RECORDING_POLL_INTERVAL_MS: vars.RECORDING_POLL_INTERVAL_MS,
    /** Bounds on waiting for PostgreSQL (DATABASE_URL) and Redis (REDIS_URL), so a store away is a quick 503. */
    storeTimeouts: { connectMs: vars.DATABASE_CONNECT_TIMEOUT_MS, statementMs: vars.DATABASE_STATEMENT_TIMEOUT_MS },
    redisTimeouts: { connectMs: vars.REDIS_CONNECT_TIMEOUT_MS, commandMs: vars.REDIS_COMMAND_TIMEOUT_MS },
    /** Secrets given development values because they were not set (empty in production). */
    GENERATED_SECRETS: generatedSecrets as readonly SecretName[],
  };
}

export type Config = ReturnType<typeof loadConfig>;
