import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useInfiniteScroll } from '@/hooks/use-infinite-scroll';
import { QueryFailure, QueryLoading } from './query-state';
import './paged-list.css';

export interface PagedListText {
  loading: string;
  failed: string;
  empty: string;
  loadMore: string;
  loadingMore: string;
  retry?: string;
}

interface PagedListProps<T> {
  query: UseInfiniteQueryResult<InfiniteData<{ items: T[] }>>;
  text: PagedListText;
  /** Leaves out items the server has not caught up with (e.g. drafts being deleted). */
  shown?: (item: T) => boolean;
  /** Loads the next page as the end scrolls into view, not only on "Load more". */
  infiniteScroll?: boolean;
  moreClassName?: string;
  /** The list itself, given the items of the pages loaded so far; not called while there are none. */
  children: (items: T[]) => ReactNode;
}

/** A keyset-paged read: loading, failed with a retry, empty, the items, and "Load more". */
export function PagedList<T>({ query, text, shown, infiniteScroll = false, moreClassName, children }: PagedListProps<T>) {
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = () => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  };
  const sentinel = useInfiniteScroll<HTMLDivElement>(loadMore, infiniteScroll && hasNextPage && !query.isFetchNextPageError);
  const pages = query.data?.pages ?? [];
  const items = pages.flatMap((page) => (shown ? page.items.filter(shown) : page.items));

  return (
    <>
      {query.isPending && <QueryLoading label={text.loading} />}
      {query.isError && items.length === 0 && <QueryFailure failed={text.failed} retryLabel={text.retry} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <p className="muted">{text.empty}</p>}
      {items.length > 0 && children(items)}
      {hasNextPage && (
        <div ref={sentinel} className={moreClassName ? `paged-list__more ${moreClassName}` : 'paged-list__more'}>
          <button type="button" className="button" aria-disabled={isFetchingNextPage} onClick={loadMore}>
            {isFetchingNextPage ? text.loadingMore : text.loadMore}
          </button>
          {query.isFetchNextPageError && (
            <p role="alert" className="field__error">
              {text.failed}
            </p>
          )}
        </div>
      )}
    </>
  );
}
