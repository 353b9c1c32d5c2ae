import type { ColumnType, Selectable } from 'kysely';

/** A request held for a second person's approval: the validated params and body, run once approved. */
export interface HeldRequest {
  readonly params: Record<string, unknown>;
  readonly body: unknown;
}

export interface StoredPayload extends HeldRequest {
  /** The route that runs it: `POST /api/v1/tenants/:tenantId/price-plans`. */
  readonly operation: string;
}

export interface ApprovalRequestTable {
  tenantId: string;
  id: string;
  action: string;
  summary: string;
  payload: ColumnType<StoredPayload, string, never>;
  status: 'pending' | 'approved' | 'rejected';
  requestedBy: string;
  requestedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  result: ColumnType<unknown, string | null, string | null>;
}

export interface ApprovalTables {
  approvalRequest: ApprovalRequestTable;
}

export type ApprovalRequestRow = Selectable<ApprovalRequestTable>;
