import type { ApprovalRequest } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { pageFrom } from '../http/page-cursor.ts';
import { toApprovalRequest } from './approval-dto.ts';

/** A tenant's approval requests for the actions the reader may decide, newest first. */
export async function listApprovals(
  trx: Transaction<Database>,
  {
    tenantId,
    actions,
    status,
    limit,
    beforeId,
  }: {
    tenantId: string;
    actions: readonly string[];
    status?: ApprovalRequest['status'] | undefined;
    limit: number;
    beforeId?: string | undefined;
  },
): Promise<{ items: ApprovalRequest[]; nextCursor: string | null }> {
  if (actions.length === 0) return { items: [], nextCursor: null };
  let query = trx
    .selectFrom('approvalRequest')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('action', 'in', actions)
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (status !== undefined) query = query.where('status', '=', status);
  if (beforeId !== undefined) query = query.where('id', '<', beforeId);
  const rows = await query.execute();
  return pageFrom(rows, { limit, toItem: toApprovalRequest, keyOf: (row) => row.id });
}
