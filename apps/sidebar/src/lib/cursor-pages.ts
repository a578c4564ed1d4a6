import { infiniteQueryOptions, type QueryKey } from '@tanstack/react-query';

/**
 * A keyset-paged read ("Load more"): the first page without a cursor, each next one from the page
 * before's `nextCursor`, which is null on the last.
 */
export const cursorPagesOptions = <K extends QueryKey, P extends { nextCursor: string | null }>(queryKey: K, pageAt: (cursor: string | null) => Promise<P>) =>
  infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam }) => pageAt(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
