import type { PartyOverview } from '@utilis/contracts';
import { apiRequest } from '../../../api/api-request.ts';

export const overviewKeys = {
  ofTenant: (tenantId: string) => ['party-overview', tenantId] as const,
  one: (tenantId: string, partyId: string) => ['party-overview', tenantId, partyId] as const,
};

export const getPartyOverview = (tenantId: string, partyId: string, signal?: AbortSignal) =>
  apiRequest<PartyOverview>(
    `/api/v1/tenants/${encodeURIComponent(tenantId)}/parties/${encodeURIComponent(partyId)}/overview`,
    { signal },
  );
