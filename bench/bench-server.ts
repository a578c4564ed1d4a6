// The BFF as the bench runs it: in this process, on the bench store, logging off, signed in as the bench user.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { loadConfig, type Config } from '../apps/bff/src/config.ts';
import { startServer, type StartedServer } from '../apps/bff/src/server.ts';
import { BENCH_ZOOM, benchBff, type BenchBff } from './bench-bff.ts';

export interface BenchServer {
  server: StartedServer;
  config: Config;
  bff: BenchBff;
  /** The BFF's origin without a trailing slash. */
  bffBase: string;
  /** The signed-in bench user's cookie and the Origin the CSRF check wants. */
  bffHeaders: { cookie: string; origin: string };
}

/** Starts the BFF on `databaseUrl` and signs the bench user of `domainId` in; `raw` clears the sign-in counters first. */
export async function startBenchServer(databaseUrl: string, domainId: string, raw: pg.Pool): Promise<BenchServer> {
  const config = loadConfig({
    NODE_ENV: 'development',
    PORT: '0',
    PUBLIC_URL: 'http://bench.localhost:3000',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    ZOOM_CLIENT_ID: BENCH_ZOOM.clientId,
    ZOOM_CLIENT_SECRET: BENCH_ZOOM.clientSecret,
    SIDEBAR_DIST: placeholderSidebar(),
  });
  // The bench signs in a few times per run; counters left by an earlier run (--reuse) would lock it out.
  await raw.query('DELETE FROM "RateLimitCounter"');
  const server = await startServer(config);
  const bffBase = server.url.replace(/\/$/, '');
  const bff = benchBff(bffBase, config.PUBLIC_ORIGIN, domainId);
  const cookie = await bff.signIn();
  return { server, config, bff, bffBase, bffHeaders: { cookie, origin: config.PUBLIC_ORIGIN } };
}

/** The bench times the API, not the page: the Home URL answers with this index.html instead of needing a sidebar build. */
function placeholderSidebar(): string {
  const dist = mkdtempSync(join(tmpdir(), 'c360-bench-sidebar-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>');
  return dist;
}
