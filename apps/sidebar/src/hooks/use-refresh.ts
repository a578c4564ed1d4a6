import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** Refetches everything on screen; the header button and the menu item share it. */
export function useRefresh(): { refresh: () => void; refreshing: boolean } {
  const queryClient = useQueryClient();
  const refreshing = useIsFetching() > 0;
  const refresh = useCallback(() => {
    void queryClient.invalidateQueries();
  }, [queryClient]);
  return { refresh, refreshing };
}
