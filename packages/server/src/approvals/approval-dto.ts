import { type ApprovalRequest, type Permission, permissionSchema } from '@utilis/contracts';
import type { ApprovalRequestRow } from './approval.tables.ts';

export const toApprovalRequest = (row: ApprovalRequestRow): ApprovalRequest => ({
  id: row.id,
  tenantId: row.tenantId,
  action: permissionSchema.parse(row.action) satisfies Permission,
  operation: row.payload.operation,
  summary: row.summary,
  payload: { params: row.payload.params, body: row.payload.body },
  status: row.status,
  requestedBy: row.requestedBy,
  requestedAt: row.requestedAt.toISOString(),
  decidedBy: row.decidedBy,
  decidedAt: row.decidedAt?.toISOString() ?? null,
  result: row.result ?? null,
});
