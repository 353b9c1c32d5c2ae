import type { CreateTenant, Tenant, TenantGroup } from '@utilis/contracts';
import { apiRequest } from '../../api/api-request.ts';
import type { Page } from '../../api/page.ts';

export const tenantKeys = {
  all: ['tenants'] as const,
  choices: ['tenants', 'choices'] as const,
  list: ['tenants', 'list'] as const,
  groups: ['tenants', 'groups'] as const,
};

export const listTenants = (query: { limit?: number; cursor?: string }, signal?: AbortSignal) =>
  apiRequest<Page<Tenant>>('/api/v1/tenants', { query, signal });

export const createTenant = (body: CreateTenant) => apiRequest<Tenant>('/api/v1/tenants', { method: 'POST', body });

export const listTenantGroups = (signal?: AbortSignal) =>
  apiRequest<{ items: TenantGroup[] }>('/api/v1/tenant-groups', { signal });
