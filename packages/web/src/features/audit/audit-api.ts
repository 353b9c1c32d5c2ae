import type { AuditEvent } from '@utilis/contracts';
import { apiRequest } from '../../api/api-request.ts';
import type { Page } from '../../api/page.ts';

/** Which hash chain to read: one tenant's, or the deployment's own (users, roles, tenants). */
export type AuditChain = { tenantId: string } | 'deployment';

export type AuditQuery = {
  limit?: number;
  cursor?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
};

export const auditKeys = {
  all: ['audit'] as const,
  list: (chain: AuditChain, query: AuditQuery) =>
    ['audit', chain === 'deployment' ? chain : chain.tenantId, query] as const,
};

const pathOf = (chain: AuditChain) =>
  chain === 'deployment'
    ? '/api/v1/audit-events'
    : `/api/v1/tenants/${encodeURIComponent(chain.tenantId)}/audit-events`;

/** Newest first. */
export const listAuditEvents = (chain: AuditChain, query: AuditQuery, signal?: AbortSignal) =>
  apiRequest<Page<AuditEvent>>(pathOf(chain), { query, signal });
