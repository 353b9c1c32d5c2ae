import type { ApprovalRequest } from '@utilis/contracts';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { toApprovalRequest } from './approval-dto.ts';

/**
 * After an approved request ran: keeps what it answered. When it was refused instead (its plan
 * code was taken meanwhile, say), the request goes back to pending, to be rejected or retried.
 */
export async function settleApproval(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, approvalId, outcome }: { tenantId: string; approvalId: string; outcome: { result: unknown } | 'refused' },
): Promise<ApprovalRequest> {
  const row = await withTenant(db, tenantId, (trx) =>
    trx
      .updateTable('approvalRequest')
      .set(
        outcome === 'refused'
          ? { status: 'pending', decidedBy: null, decidedAt: null }
          : { result: JSON.stringify(outcome.result ?? null) },
      )
      .where('tenantId', '=', tenantId)
      .where('id', '=', approvalId)
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return toApprovalRequest(row);
}
