import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { summaryKeys } from '../api/get-subject-summary';

/** The reads whose writes change the glance: a logged activity (last contact), a CTA (open CTAs), a score. */
const FOLLOWED_ROOTS: ReadonlySet<unknown> = new Set(['timeline', 'ctas', 'scorecard']);

/**
 * Marks the summaries stale whenever a write marks the timeline, CTAs or scorecard stale, so the header follows
 * what the tabs just changed without each feature's writes knowing the header exists. Gives the unsubscribe.
 */
export const refreshSummariesOnWrites = (queryClient: QueryClient): (() => void) =>
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'invalidate') return;
    if (FOLLOWED_ROOTS.has(event.query.queryKey[0])) void queryClient.invalidateQueries({ queryKey: summaryKeys.all });
  });

export function useRefreshOnWrites(): void {
  const queryClient = useQueryClient();
  useEffect(() => refreshSummariesOnWrites(queryClient), [queryClient]);
}
