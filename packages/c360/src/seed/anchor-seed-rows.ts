import { addDays, anchorDaysFor } from './clock.ts';
import type { SeedRows } from './seed-rows.ts';

type Row = Record<string, unknown>;

const shiftRow = (row: Row, days: number): Row =>
  Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? addDays(value, days) : value]));

/**
 * The demo data as loaded at `loadedAt` (SPEC §6): the same rows with every date moved by the same whole
 * number of days, so its "now" is the load day (the newest activity a few days old, 18 weeks of scores
 * ending this week, CTAs due around today) whatever the calendar says. New row objects: the built rows,
 * some of them module constants, stay as they were.
 */
export function anchorSeedRows(rows: SeedRows, loadedAt: Date): SeedRows {
  const days = anchorDaysFor(loadedAt);
  const anchored = {} as Record<keyof SeedRows, Row[]>;
  for (const [table, tableRows] of Object.entries(rows) as Array<[keyof SeedRows, Row[]]>) {
    anchored[table] = tableRows.map((row) => shiftRow(row, days));
  }
  return anchored as unknown as SeedRows;
}
