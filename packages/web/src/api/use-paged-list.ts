import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { type Page, pageSize } from './page.ts';

export type PageRequest = { limit: number; cursor: string | undefined };

/** The rows loaded so far of a cursor-paged list, and how to ask for the next page. */
export type PagedList<T> = {
  items: T[];
  error: unknown;
  isPending: boolean;
  isSuccess: boolean;
  hasMore: boolean;
  isLoadingMore: boolean;
  loadMore: () => void;
};

export function usePagedList<T>({
  queryKey,
  fetchPage,
  isEnabled = true,
  keepsPrevious,
}: {
  queryKey: QueryKey;
  fetchPage: (request: PageRequest, signal: AbortSignal) => Promise<Page<T>>;
  isEnabled?: boolean;
  /** Whether the rows of the query before this one may stay on screen while this one loads. */
  keepsPrevious?: (previousKey: QueryKey) => boolean;
}): PagedList<T> {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage({ limit: pageSize, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: (previous, previousQuery) =>
      previousQuery && keepsPrevious?.(previousQuery.queryKey) ? previous : undefined,
    enabled: isEnabled,
  });
  return {
    items: query.data?.pages.flatMap((page) => page.items) ?? [],
    error: query.error,
    isPending: query.isPending,
    isSuccess: query.isSuccess,
    hasMore: query.hasNextPage,
    isLoadingMore: query.isFetchingNextPage,
    loadMore: () => void query.fetchNextPage(),
  };
}
