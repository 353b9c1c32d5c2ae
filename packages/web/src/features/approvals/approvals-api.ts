import type { ApprovalRequest } from '@utilis/contracts';
import { apiRequest } from '../../api/api-request.ts';
import type { Page } from '../../api/page.ts';

export type ApprovalStatus = ApprovalRequest['status'];

export const approvalKeys = {
  ofTenant: (tenantId: string) => ['approvals', tenantId] as const,
  list: (tenantId: string, status: ApprovalStatus) => ['approvals', tenantId, status] as const,
};

const approvalsPath = (tenantId: string) => `/api/v1/tenants/${encodeURIComponent(tenantId)}/approvals`;

export const listApprovals = (
  tenantId: string,
  query: { status: ApprovalStatus; limit?: number; cursor?: string },
  signal?: AbortSignal,
) => apiRequest<Page<ApprovalRequest>>(approvalsPath(tenantId), { query, signal });

export const decideApproval = ({
  tenantId,
  approvalId,
  decision,
}: {
  tenantId: string;
  approvalId: string;
  decision: 'approve' | 'reject';
}) =>
  apiRequest<ApprovalRequest>(`${approvalsPath(tenantId)}/${encodeURIComponent(approvalId)}/${decision}`, {
    method: 'POST',
  });
