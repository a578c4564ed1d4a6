import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, REPO_ROOT, SECRET_NAMES } from '../src/config.ts';
import { PRODUCTION_ENV } from './support/test-app.ts';

function configError(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('starts in development with nothing set, generating every secret', () => {
    const config = loadConfig({});
    expect(config.NODE_ENV).toBe('development');
    expect(config.PORT).toBe(3000);
    expect(config.PUBLIC_URL).toBe('http://localhost:3000/');
    expect(config.PUBLIC_ORIGIN).toBe('http://localhost:3000');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toBe(`${REPO_ROOT}.data`);
    expect(config.SIDEBAR_DIST).toBe(`${REPO_ROOT}apps/sidebar/dist`);
    expect(config.ZOOM_HOST).toBe('https://zoom.us');
    expect(config.ZOOM_API_HOST).toBe('https://api.zoom.us');
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.GENERATED_SECRETS).toEqual(SECRET_NAMES);
    expect(config.TOKEN_ENCRYPTION_KEY).toHaveLength(32);
    expect(config.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps development secrets stable across restarts', () => {
    const first = loadConfig({});
    const second = loadConfig({});
    expect(second.SESSION_SECRET).toBe(first.SESSION_SECRET);
    expect(second.TOKEN_ENCRYPTION_KEY.equals(first.TOKEN_ENCRYPTION_KEY)).toBe(true);
  });

  it('derives the default PUBLIC_URL from PORT and treats empty values as unset', () => {
    const config = loadConfig({ PORT: '4100', PUBLIC_URL: '', DATABASE_URL: '' });
    expect(config.PUBLIC_URL).toBe('http://localhost:4100/');
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('accepts a complete production configuration without generating anything', () => {
    const config = loadConfig(PRODUCTION_ENV);
    expect(config.isProduction).toBe(true);
    expect(config.GENERATED_SECRETS).toEqual([]);
    expect(config.TOKEN_ENCRYPTION_KEY.toString('hex')).toBe('ab'.repeat(32));
  });

  it('accepts the encryption key as base64', () => {
    const key = Buffer.alloc(32, 7);
    expect(loadConfig({ TOKEN_ENCRYPTION_KEY: key.toString('base64') }).TOKEN_ENCRYPTION_KEY.equals(key)).toBe(true);
    expect(loadConfig({ TOKEN_ENCRYPTION_KEY: key.toString('base64url') }).TOKEN_ENCRYPTION_KEY.equals(key)).toBe(true);
  });

  it.each(SECRET_NAMES)('refuses production without %s, naming it', (name) => {
    const message = configError({ ...PRODUCTION_ENV, [name]: undefined });
    expect(message).toBe(`Invalid configuration: ${name} is required in production`);
  });

  it('refuses production without TRUST_PROXY, naming it: the default would let anyone behind it choose their IP', () => {
    expect(configError({ ...PRODUCTION_ENV, TRUST_PROXY: undefined })).toContain('TRUST_PROXY is required in production');
    expect(configError({ ...PRODUCTION_ENV, TRUST_PROXY: ' ' })).toContain('TRUST_PROXY is required in production');
    expect(loadConfig(PRODUCTION_ENV).TRUST_PROXY).toBe(1);
    expect(loadConfig({ ...PRODUCTION_ENV, TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
  });

  it('trusts only the loopback proxy outside production unless told otherwise', () => {
    expect(loadConfig({}).TRUST_PROXY).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.0.0.6' }).TRUST_PROXY).toEqual(['10.0.0.5', '10.0.0.6']);
  });

  it('refuses production without PUBLIC_URL', () => {
    expect(configError({ ...PRODUCTION_ENV, PUBLIC_URL: undefined })).toContain('PUBLIC_URL is required in production');
  });

  it('names every bad variable on one line', () => {
    const message = configError({ NODE_ENV: 'production', PORT: 'eighty' });
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^Invalid configuration: /);
    expect(message).toContain('PORT must be a number');
  });

  it('names each secret missing in production once the rest is valid', () => {
    const message = configError({ NODE_ENV: 'production', PUBLIC_URL: 'https://c360.example.com' });
    for (const name of SECRET_NAMES) expect(message).toContain(`${name} is required in production`);
  });

  it.each([
    ['PORT', 'abc', 'PORT must be a number'],
    ['PORT', '70000', 'PORT must be between 0 and 65535'],
    ['PORT', '3000.5', 'PORT must be a whole number'],
    ['DATABASE_URL', 'mysql://db/x', 'DATABASE_URL must be a postgresql:// URL'],
    ['DATABASE_URL', 'not a url', 'DATABASE_URL must be a postgresql:// URL'],
    ['REDIS_URL', 'http://cache', 'REDIS_URL must be a redis:// or rediss:// URL'],
    ['PUBLIC_URL', 'ftp://x', 'PUBLIC_URL must be an http(s) URL'],
    ['ZOOM_HOST', 'zoom', 'ZOOM_HOST must be an http(s) URL'],
    ['PRIVACY_POLICY_URL', 'javascript:alert(1)', 'PRIVACY_POLICY_URL must be an http(s) URL'],
    ['SUPPORT_URL', 'support', 'SUPPORT_URL must be an http(s) URL'],
    ['NODE_ENV', 'staging', 'NODE_ENV must be development, test or production'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of'],
    ['TOKEN_ENCRYPTION_KEY', 'short', 'TOKEN_ENCRYPTION_KEY must be 32 bytes'],
    ['SESSION_SECRET', 'tiny', 'SESSION_SECRET must be at least 32 characters'],
  ])('rejects %s=%s', (name, value, expected) => {
    expect(configError({ [name]: value })).toContain(expected);
  });

  it('never prints a secret value', () => {
    const secret = 'postgresql://admin:hunter2hunter2@db:5432/c360';
    const message = configError({ DATABASE_URL: secret.replace('postgresql', 'mysql'), SESSION_SECRET: 'hunter2' });
    expect(message).not.toContain('hunter2');
  });

  it('links the privacy policy, terms of use and support to Gainsight by default, or to the pages configured', () => {
    expect(loadConfig({}).legalLinks).toEqual({
      privacy: 'https://www.gainsight.com/policy/privacy/',
      terms: 'https://www.gainsight.com/policy/',
      support: 'https://support.gainsight.com/',
    });
    const config = loadConfig({ PRIVACY_POLICY_URL: 'https://example.com/privacy', TERMS_OF_USE_URL: 'https://example.com/terms', SUPPORT_URL: '' });
    expect(config.legalLinks).toEqual({
      privacy: 'https://example.com/privacy',
      terms: 'https://example.com/terms',
      support: 'https://support.gainsight.com/',
    });
  });

  it('bounds every wait on PostgreSQL and Redis by default, and takes other bounds from the environment', () => {
    expect(loadConfig({}).storeTimeouts).toEqual({ connectMs: 3_000, statementMs: 4_000 });
    expect(loadConfig({}).redisTimeouts).toEqual({ connectMs: 3_000, commandMs: 2_000 });
    const config = loadConfig({
      DATABASE_CONNECT_TIMEOUT_MS: '500',
      DATABASE_STATEMENT_TIMEOUT_MS: '1500',
      REDIS_CONNECT_TIMEOUT_MS: '700',
      REDIS_COMMAND_TIMEOUT_MS: '300',
    });
    expect(config.storeTimeouts).toEqual({ connectMs: 500, statementMs: 1_500 });
    expect(config.redisTimeouts).toEqual({ connectMs: 700, commandMs: 300 });
    expect(configError({ DATABASE_STATEMENT_TIMEOUT_MS: '0' })).toContain('DATABASE_STATEMENT_TIMEOUT_MS must be at least 1');
  });
});
