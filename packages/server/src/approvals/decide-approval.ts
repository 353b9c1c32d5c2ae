import { fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import type { ApprovalRequestRow } from './approval.tables.ts';

/**
 * Records a decision on a pending request, once: the row is locked, so of two people deciding
 * at the same moment one wins and the other is told it was already decided. Nobody decides
 * on their own request.
 */
export async function decideApproval(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  {
    tenantId,
    approvalId,
    deciderId,
    decision,
  }: { tenantId: string; approvalId: string; deciderId: string; decision: 'approved' | 'rejected' },
): Promise<Result<ApprovalRequestRow, 'approval_not_found' | 'approval_already_decided' | 'approval_by_requester'>> {
  return withTenant(db, tenantId, async (trx) => {
    const request = await trx
      .selectFrom('approvalRequest')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('id', '=', approvalId)
      .forUpdate()
      .executeTakeFirst();
    if (!request) return fail('approval_not_found');
    if (request.status !== 'pending') return fail('approval_already_decided');
    if (request.requestedBy === deciderId) return fail('approval_by_requester');
    const decided = await trx
      .updateTable('approvalRequest')
      .set({ status: decision, decidedBy: deciderId, decidedAt: new Date(now().epochMilliseconds) })
      .where('tenantId', '=', tenantId)
      .where('id', '=', approvalId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return ok(decided);
  });
}
