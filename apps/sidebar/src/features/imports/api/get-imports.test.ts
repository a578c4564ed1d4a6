import type { ImportJob } from '@c360/contracts';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { importQueryOptions } from './get-import';
import { IMPORT_POLL_MS, importsQueryOptions } from './get-imports';

const job = (state: ImportJob['state']): ImportJob => ({
  id: `job-${state}`,
  object: 'companies',
  state,
  rowsTotal: 10,
  rowsDone: 5,
  created: 5,
  updated: 0,
  unchanged: 0,
  errors: [],
  errorCount: 0,
  createdAt: '2026-12-06T09:30:00.000Z',
  finishedAt: null,
});

/** The refetch interval the options give once the query holds `data`. */
function intervalWith<T>(options: { queryKey: readonly unknown[]; refetchInterval?: unknown }, data: T | undefined) {
  const client = new QueryClient();
  if (data !== undefined) client.setQueryData(options.queryKey, data);
  const query = client.getQueryCache().build(client, options as never);
  return (options.refetchInterval as (q: typeof query) => number | false)(query);
}

describe('following imports', () => {
  it('re-reads the latest imports every second while one is queued or running, so a reopened screen follows it', () => {
    const options = importsQueryOptions();
    expect(intervalWith(options, { items: [job('DONE'), job('RUNNING')] })).toBe(IMPORT_POLL_MS);
    expect(intervalWith(options, { items: [job('QUEUED')] })).toBe(IMPORT_POLL_MS);
    expect(intervalWith(options, { items: [job('DONE'), job('FAILED'), job('CANCELLED')] })).toBe(false);
  });

  it('asks for one import every second until it has ended', () => {
    expect(intervalWith(importQueryOptions('job-1'), undefined)).toBe(IMPORT_POLL_MS);
    expect(intervalWith(importQueryOptions('job-1'), job('RUNNING'))).toBe(IMPORT_POLL_MS);
    expect(intervalWith(importQueryOptions('job-1'), job('DONE'))).toBe(false);
    expect(intervalWith(importQueryOptions('job-1'), job('CANCELLED'))).toBe(false);
  });
});
