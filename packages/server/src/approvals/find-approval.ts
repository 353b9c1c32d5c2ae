import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import type { ApprovalRequestRow } from './approval.tables.ts';

export async function findApproval(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, approvalId }: { tenantId: string; approvalId: string },
): Promise<ApprovalRequestRow | undefined> {
  return withTenant(db, tenantId, (trx) =>
    trx
      .selectFrom('approvalRequest')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('id', '=', approvalId)
      .executeTakeFirst(),
  );
}
