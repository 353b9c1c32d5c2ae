import type { CreateParty, Party } from '@utilis/contracts';
import { apiRequest } from '../../api/api-request.ts';
import type { Page } from '../../api/page.ts';

export const partyKeys = {
  ofTenant: (tenantId: string) => ['parties', tenantId] as const,
  list: (tenantId: string, q: string) => ['parties', tenantId, 'list', q] as const,
  choices: (tenantId: string, q: string) => ['parties', tenantId, 'choices', q] as const,
};

const partiesPath = (tenantId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}/parties`;

export const listParties = (
  tenantId: string,
  query: { limit?: number; cursor?: string; q?: string },
  signal?: AbortSignal,
) => apiRequest<Page<Party>>(partiesPath(tenantId), { query, signal });

export const createParty = ({ tenantId, body }: { tenantId: string; body: CreateParty }) =>
  apiRequest<Party>(partiesPath(tenantId), { method: 'POST', body });
