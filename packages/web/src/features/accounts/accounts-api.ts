import type { Account, CreateAccount } from '@utilis/contracts';
import { apiRequest } from '../../api/api-request.ts';
import type { Page } from '../../api/page.ts';

export const accountKeys = {
  ofTenant: (tenantId: string) => ['accounts', tenantId] as const,
  list: (tenantId: string, q: string) => ['accounts', tenantId, 'list', q] as const,
};

const accountsPath = (tenantId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}/accounts`;

export const listAccounts = (
  tenantId: string,
  query: { limit?: number; cursor?: string; q?: string; partyId?: string },
  signal?: AbortSignal,
) => apiRequest<Page<Account>>(accountsPath(tenantId), { query, signal });

export const createAccount = ({ tenantId, body }: { tenantId: string; body: CreateAccount }) =>
  apiRequest<Account>(accountsPath(tenantId), { method: 'POST', body });
