// The one shape of a `pnpm bench` scenario: given the shared bench, it measures its three paths.
import type pg from 'pg';
import type { Actor } from '../../packages/c360/src/permissions/actor.ts';
import type { PrismaClient } from '../../packages/c360/src/store/index.ts';
import type { BenchBff } from '../bench-bff.ts';
import type { Stats } from '../timing.ts';

/** What every scenario shares: the large seed's ids, and one client per path (BFF, domain, raw). */
export interface Bench {
  domainId: string;
  /** The signed-in bench user (user-0, a Full-licence admin). */
  viewerId: string;
  /** company-0, the large company. */
  bigCompanyId: string;
  actor: Actor;
  bff: BenchBff;
  /** The BFF's base URL and the headers of a signed-in sidebar request (cookie, origin), for load tools. */
  bffBase: string;
  bffHeaders: Record<string, string>;
  /** A JSON request as the signed-in bench user. */
  http(method: string, path: string, body?: unknown): Promise<unknown>;
  prisma: PrismaClient;
  raw: pg.Pool;
  /** The iteration count of a path, scaled down by --quick. */
  iters(n: number): number;
}

/** One row group of the report: a path may be missing (BFF), raw is the baseline of the ratio. */
export interface ScenarioResult {
  scenario: string;
  bff?: Stats;
  domain: Stats;
  raw: Stats;
  note?: string;
}

export type Scenario = (bench: Bench) => Promise<ScenarioResult[]>;
