import type { SearchResult } from '@utilis/contracts';
import { apiRequest } from '../../../api/api-request.ts';

export const searchKeys = {
  hits: (tenantId: string, q: string) => ['search', tenantId, q] as const,
};

export const findSearchHits = (tenantId: string, q: string, signal?: AbortSignal) =>
  apiRequest<SearchResult>(`/api/v1/tenants/${encodeURIComponent(tenantId)}/search`, {
    query: { q, limit: 12 },
    signal,
  });
