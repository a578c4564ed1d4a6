import type { LoadResult } from './activity-load.ts';
import type { StoredKeys } from './load-store.ts';

export interface Tally {
  keys: number;
  acknowledged: number;
  resends: number;
  rows: number;
  /** Acknowledged keys without a row, or whose row is not the activity the answer named. */
  lost: string[];
  /** Keys with more than one row, or answered with more than one activity id. */
  duplicated: string[];
  /** Keys stored though no answer reached the client (in flight when the run ended): neither lost nor duplicated. */
  storedUnanswered: number;
}

/** Holds what the clients were told against what the store kept. */
export function tally(load: LoadResult, stored: StoredKeys): Tally {
  const lost: string[] = [];
  const duplicated: string[] = [];
  let acknowledged = 0;
  let storedUnanswered = 0;
  for (const [key, record] of load.keys) {
    const rows = stored.rowsByKey.get(key) ?? [];
    if (rows.length > 1 || record.activityIds.size > 1) duplicated.push(key);
    if (record.acknowledged === 0) {
      if (rows.length > 0) storedUnanswered += 1;
      continue;
    }
    acknowledged += 1;
    if (rows.length === 0 || ![...record.activityIds].every((id) => rows.includes(id))) lost.push(key);
  }
  // A row under the run's prefix that no client sent would be a duplicate made by the server itself.
  for (const key of stored.rowsByKey.keys()) if (!load.keys.has(key)) duplicated.push(key);
  const rows = [...stored.rowsByKey.values()].reduce((sum, ids) => sum + ids.length, 0);
  return { keys: load.keys.size, acknowledged, resends: load.resends, rows, lost, duplicated, storedUnanswered };
}
