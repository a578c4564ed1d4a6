import type autocannon from 'autocannon';
import { describe, expect, it } from 'vitest';
import type { KeyRecord, LoadResult } from './activity-load.ts';
import { tally } from './tally.ts';

const record = (acknowledged: number, ...activityIds: string[]): KeyRecord => ({
  username: 'alex@acme.example',
  body: '{}',
  acknowledged,
  activityIds: new Set(activityIds),
});

const load = (keys: Record<string, KeyRecord>): LoadResult => ({
  keys: new Map(Object.entries(keys)),
  resends: 3,
  statuses: new Map([[201, 5]]),
  result: {} as autocannon.Result,
});

const stored = (rows: Record<string, string[]>) => ({ rowsByKey: new Map(Object.entries(rows)) });

describe('the load test tally', () => {
  it('passes when every acknowledged key has the one row its answers named', () => {
    const counted = tally(load({ a: record(2, 'id-a'), b: record(1, 'id-b'), c: record(0) }), stored({ a: ['id-a'], b: ['id-b'], c: ['id-c'] }));
    expect(counted).toMatchObject({ keys: 3, acknowledged: 2, resends: 3, rows: 3, lost: [], duplicated: [], storedUnanswered: 1 });
  });

  it('counts an acknowledged key without its row, or with another row, as lost', () => {
    const counted = tally(load({ gone: record(1, 'id-1'), swapped: record(1, 'id-2') }), stored({ swapped: ['id-other'] }));
    expect(counted.lost).toEqual(['gone', 'swapped']);
  });

  it('counts two rows for a key, two answered ids, or a row no client sent as duplicated', () => {
    const counted = tally(
      load({ twice: record(1, 'id-1'), answeredTwice: record(2, 'id-2', 'id-3') }),
      stored({ twice: ['id-1', 'id-1b'], answeredTwice: ['id-2', 'id-3'], stray: ['id-4'] }),
    );
    expect(counted.duplicated).toEqual(['twice', 'answeredTwice', 'stray']);
  });
});
