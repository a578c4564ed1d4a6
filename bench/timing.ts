// Timing for `pnpm bench`: every path of a scenario is measured the same way, one call in flight at a time.

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  opsPerSec: number;
}

function stats(samplesMs: number[]): Stats {
  const sorted = [...samplesMs].sort((x, y) => x - y);
  const pick = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const total = sorted.reduce((sum, x) => sum + x, 0);
  return { n: sorted.length, p50: pick(50), p95: pick(95), p99: pick(99), opsPerSec: (1000 * sorted.length) / total };
}

/** Runs `op(i)` warmup times untimed, then `iterations` times timed with hrtime. */
export async function measure(iterations: number, warmup: number, op: (i: number) => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await op(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await op(warmup + i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

/** A progress line, stamped with the time of day. */
export function log(line: string) {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);
}
