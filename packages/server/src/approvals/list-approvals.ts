import type { ApprovalRequest } from '@utilis/contracts';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { pageFrom } from '../http/page-cursor.ts';
import { toApprovalRequest } from './approval-dto.ts';

/** A tenant's approval requests for the actions the reader may decide, newest first. */
export async function listApprovals(
  { db }: Pick<UseCaseDeps, 'db'>,
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
  const rows = await withTenant(db, tenantId, (trx) => {
    let query = trx
      .selectFrom('approvalRequest')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('action', 'in', actions)
      .orderBy('id', 'desc')
      .limit(limit + 1);
    if (status !== undefined) query = query.where('status', '=', status);
    if (beforeId !== undefined) query = query.where('id', '<', beforeId);
    return query.execute();
  });
  return pageFrom(rows, { limit, toItem: toApprovalRequest, keyOf: (row) => row.id });
}
