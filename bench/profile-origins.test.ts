import type { Profiler } from 'node:inspector';
import { describe, expect, it } from 'vitest';
import { originOf, selfTimeByOrigin } from './profile-origins';

const node = (id: number, functionName: string, url: string): Profiler.ProfileNode => ({
  id,
  callFrame: { functionName, url, scriptId: '0', lineNumber: 0, columnNumber: 0 },
});

describe('the BFF profile summary', () => {
  it('names where a function comes from by its script', () => {
    expect(originOf(node(1, 'next', 'file:///w/node_modules/.pnpm/router@2.3.0/node_modules/router/index.js'))).toBe('Express and its middleware');
    expect(originOf(node(1, 'query', 'file:///w/node_modules/.pnpm/pg@8.23.1/node_modules/pg/lib/client.js'))).toBe('pg driver');
    expect(originOf(node(1, 'listCtas', 'file:///w/packages/c360/src/ctas/list-ctas.ts'))).toBe('domain code (packages/*/src)');
    expect(originOf(node(1, 'handler', 'file:///w/apps/bff/src/routes/ctas/ctas-router.ts'))).toBe('BFF code (apps/bff/src)');
    expect(originOf(node(1, 'fetch', 'node:internal/deps/undici/undici'))).toBe('bench client (fetch, not the BFF)');
    expect(originOf(node(1, '(idle)', ''))).toBe('idle (waiting for PostgreSQL or the network)');
    expect(originOf(node(1, 'writev', ''))).toBe('socket writes (sending to PostgreSQL and answering)');
  });

  it('sums the self time of each sample by origin, in milliseconds', () => {
    const profile: Profiler.Profile = {
      nodes: [node(1, '(root)', ''), node(2, '(idle)', ''), node(3, 'parse', 'file:///w/node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js')],
      startTime: 0,
      endTime: 6000,
      samples: [2, 3, 3, 2],
      timeDeltas: [1000, 2000, 500, 1500],
    };
    const totals = selfTimeByOrigin(profile);
    expect(totals.get('zod')).toBe(2.5);
    expect(totals.get('idle (waiting for PostgreSQL or the network)')).toBe(2.5);
  });
});
