import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@c360/c360/store';
import { pino } from 'pino';
import { createApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';

export const PUBLIC_URL = 'http://c360.test:3000';
export const SIDEBAR_HTML = '<!doctype html><html><body><div id="root"></div></body></html>';

/** A built-sidebar folder with just an index.html. */
export function fakeSidebarDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'c360-sidebar-'));
  writeFileSync(join(dist, 'index.html'), SIDEBAR_HTML);
  return dist;
}

/** Every setting production requires, with made-up values (tests drop or add one to see what happens). */
export const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://c360.example.com',
  SESSION_SECRET: 'super-secret-session-value-0123456789',
  TOKEN_ENCRYPTION_KEY: 'ab'.repeat(32),
  ZOOM_CLIENT_ID: 'client-id',
  ZOOM_CLIENT_SECRET: 'client-secret-value',
  ZOOM_WEBHOOK_SECRET_TOKEN: 'webhook-secret',
  TRUST_PROXY: '1',
} as const;

export function testConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_URL, SIDEBAR_DIST: fakeSidebarDist(), ...env });
}

type AppStore = Pick<Store, 'ping' | 'prisma'>;

/** For HTTP-only tests: answers pings, and fails the test if anything reads or writes data. */
export function pingOnlyStore(ping: () => Promise<void> = async () => {}): AppStore {
  const prisma = new Proxy({} as Store['prisma'], {
    get(_target, property) {
      throw new Error(`This test's store has no data (prisma.${String(property)}); use createTestStore()`);
    },
  });
  return { ping, prisma };
}

export const reachableStore = pingOnlyStore();

export function testApp(options: { env?: NodeJS.ProcessEnv; store?: AppStore } = {}) {
  return createApp({
    config: testConfig(options.env),
    store: options.store ?? reachableStore,
    logger: pino({ level: 'silent' }),
  });
}

/** The four headers the Zoom client requires on every HTML page (notes/zoom-platform.md §1). */
export const ZOOM_REQUIRED_HEADERS = ['strict-transport-security', 'x-content-type-options', 'content-security-policy', 'referrer-policy'] as const;
