import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { refreshSummariesOnWrites } from './use-refresh-on-writes';

const summaryKey = ['summary', 'company', 'c1'];

function cacheWith(...keys: string[][]) {
  const queryClient = new QueryClient();
  for (const key of [summaryKey, ...keys]) queryClient.setQueryData(key, {});
  const stop = refreshSummariesOnWrites(queryClient);
  const summaryStale = () => queryClient.getQueryState(summaryKey)?.isInvalidated;
  return { queryClient, stop, summaryStale };
}

describe('the account header after a write elsewhere', () => {
  for (const root of ['timeline', 'ctas', 'scorecard']) {
    it(`reloads when a write refreshes the ${root}`, async () => {
      const { queryClient, summaryStale } = cacheWith([root, 'company', 'c1']);
      await queryClient.invalidateQueries({ queryKey: [root] });
      expect(summaryStale()).toBe(true);
    });
  }

  it('stays as it is when other reads refresh, or once it stopped following', async () => {
    const { queryClient, stop, summaryStale } = cacheWith(['people', 'company', 'c1'], ['timeline', 'company', 'c1']);
    await queryClient.invalidateQueries({ queryKey: ['people'] });
    expect(summaryStale()).toBe(false);
    stop();
    await queryClient.invalidateQueries({ queryKey: ['timeline'] });
    expect(summaryStale()).toBe(false);
  });
});
