import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { ApprovalRequestRow } from './approval.tables.ts';

export async function findApproval(
  trx: Transaction<Database>,
  { tenantId, approvalId }: { tenantId: string; approvalId: string },
): Promise<ApprovalRequestRow | undefined> {
  return trx
    .selectFrom('approvalRequest')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', approvalId)
    .executeTakeFirst();
}
