import { type ApprovalRequest, type Permission, permissionSchema } from '@utilis/contracts';
import type { ApprovalRequestRow } from './approval.tables.ts';

export const toApprovalRequest = (row: ApprovalRequestRow): ApprovalRequest => ({
  id: row.id,
  tenantId: row.tenantId,
  action: permissionSchema.parse(row.action) satisfies Permission,
  command: row.payload.command,
  summary: row.summary,
  input: row.payload.input,
  status: row.status,
  requestedBy: row.requestedBy,
  requestedAt: row.requestedAt.toISOString(),
  decidedBy: row.decidedBy,
  decidedAt: row.decidedAt?.toISOString() ?? null,
  result: row.result ?? null,
});
