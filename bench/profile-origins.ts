// Sums a V8 CPU profile's self time by where the code comes from, for `pnpm bench:profile`.
import type { Profiler } from 'node:inspector';

/** Where a function's code comes from, by its script's URL; the first match wins. */
const ORIGINS: Array<[string, RegExp]> = [
  ['bench client (fetch, not the BFF)', /undici|\/bench\//],
  [
    'Express and its middleware',
    /\/(express|router|body-parser|raw-body|finalhandler|send|serve-static|path-to-regexp|qs|cookie|content-type|type-is|on-finished|etag|fresh|mime|accepts|negotiator|depd|iconv-lite|statuses|http-errors)@/,
  ],
  ['logging (pino)', /\/(pino|pino-http|pino-std-serializers|sonic-boom|thread-stream|fast-redact|quick-format-unescaped)@/],
  ['Prisma client and adapter', /@prisma|\/generated\/prisma|\/c360\/src\/generated\//],
  ['pg driver', /\/(pg|pg-protocol|pg-types|pg-pool|postgres-[a-z]+|pg-int8)@/],
  ['zod', /\/zod@/],
  ['BFF code (apps/bff/src)', /apps\/bff\/src\//],
  ['domain code (packages/*/src)', /packages\/[a-z0-9-]+\/src\//],
  ['other dependencies', /node_modules/],
  ['Node: HTTP and sockets', /node:(_http|http|net|internal\/(http|net|stream_base|streams|child_process|dns))/],
  ['Node: other', /^node:/],
];

/** The native calls that hand bytes to the kernel: on this VM, waking PostgreSQL's process shows up here. */
const SOCKET_WRITES = new Set(['writev', 'writeBuffer', 'writeUtf8String', 'writeLatin1String']);

export function originOf(node: Profiler.ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(idle)') return 'idle (waiting for PostgreSQL or the network)';
    if (functionName === '(program)') return 'V8 itself (compiling, runtime)';
    if (SOCKET_WRITES.has(functionName)) return 'socket writes (sending to PostgreSQL and answering)';
    return 'native (JSON, crypto, buffers…)';
  }
  return ORIGINS.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other';
}

/** Self time per origin, in ms, from the profile's samples. */
export function selfTimeByOrigin(profile: Profiler.Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, originOf(node)]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const origin = byId.get(id) ?? 'other';
    totals.set(origin, (totals.get(origin) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
  return totals;
}
