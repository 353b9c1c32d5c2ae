import type { ColumnType, Selectable } from 'kysely';

/** A command held for a second person's approval: its name and validated input, run once approved. */
export interface HeldCommand {
  /** The command's name: `price_plan.create`. */
  readonly command: string;
  readonly input: unknown;
}

export interface ApprovalRequestTable {
  tenantId: string;
  id: string;
  action: string;
  summary: string;
  payload: ColumnType<HeldCommand, string, never>;
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
