import { useDebouncedValue } from '@mantine/hooks';
import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import type { Page } from './page.ts';
import { type PageRequest, usePagedList } from './use-paged-list.ts';

/** A tenant's cursor-paged list, narrowed by a search that is sent once typing pauses. */
export function useSearchableList<T>({
  tenantId,
  keys,
  fetchPage,
}: {
  tenantId: string | undefined;
  keys: { ofTenant: (tenantId: string) => QueryKey; list: (tenantId: string, q: string) => QueryKey };
  fetchPage: (tenantId: string, request: PageRequest & { q: string }, signal: AbortSignal) => Promise<Page<T>>;
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const id = tenantId ?? '';
  const tenantKey = keys.ofTenant(id);
  const list = usePagedList({
    queryKey: keys.list(id, q),
    fetchPage: (request, signal) => fetchPage(id, { ...request, q }, signal),
    isEnabled: tenantId !== undefined,
    // A new search keeps the rows on screen until its answer comes; another tenant's rows never stay.
    keepsPrevious: (previousKey) => tenantKey.every((part, index) => previousKey[index] === part),
  });
  return { search, setSearch, q, list };
}
