import { beforeAll, describe, expect, it } from 'vitest';
import { anchorSeedRows } from './anchor-seed-rows.ts';
import { REFERENCE_NOW, seedNowFor } from './clock.ts';
import { buildDemoData } from './seed-demo-data.ts';
import type { SeedRows } from './seed-rows.ts';

const DAY_MS = 86_400_000;
// Before and after the reference day, at either side of its time of day, a leap day and a year ahead.
const LOAD_MOMENTS = ['2026-11-16T08:59:00Z', '2026-11-16T09:00:00Z', '2026-12-05T23:30:00Z', '2028-02-29T03:00:00Z', '2024-06-01T12:00:00Z'];

const datesOf = (rows: SeedRows): number[] =>
  Object.values(rows).flatMap((tableRows: Array<Record<string, unknown>>) =>
    tableRows.flatMap((row) =>
      Object.values(row)
        .filter((value): value is Date => value instanceof Date)
        .map((date) => date.getTime()),
    ),
  );

describe('the demo data anchored to the day it is loaded', () => {
  let reference: SeedRows;
  beforeAll(async () => {
    reference = await buildDemoData();
  });

  it.each(LOAD_MOMENTS)('loaded at %s, its now is the latest reference time of day not after the load', (at) => {
    const loadedAt = new Date(at);
    const seedNow = seedNowFor(loadedAt);
    expect(seedNow.getTime()).toBeLessThanOrEqual(loadedAt.getTime());
    expect(loadedAt.getTime() - seedNow.getTime()).toBeLessThan(DAY_MS);
    expect(Math.abs((seedNow.getTime() - REFERENCE_NOW.getTime()) % DAY_MS)).toBe(0);
  });

  it.each(LOAD_MOMENTS)('loaded at %s, every date moves by the same whole days and nothing logged is in the future', (at) => {
    const loadedAt = new Date(at);
    const shift = seedNowFor(loadedAt).getTime() - REFERENCE_NOW.getTime();
    const anchored = anchorSeedRows(reference, loadedAt);
    expect(datesOf(anchored)).toEqual(datesOf(reference).map((time) => time + shift));
    for (const activity of anchored.activity)
      if (activity.status === 'LOGGED') expect(new Date(activity.loggedAt!).getTime()).toBeLessThanOrEqual(loadedAt.getTime());
    const latestScore = Math.max(...anchored.scoreHistory.map((point) => new Date(point.recordedAt!).getTime()));
    expect(latestScore).toBe(seedNowFor(loadedAt).getTime());
  });

  it('leaves the rows it was given as they were', () => {
    const before = datesOf(reference);
    anchorSeedRows(reference, new Date('2030-01-01T00:00:00Z'));
    expect(datesOf(reference)).toEqual(before);
  });
});
