import type { ApprovalRequest, Permission } from '@utilis/contracts';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import type { StoredPayload } from './approval.tables.ts';
import { toApprovalRequest } from './approval-dto.ts';

/** Holds a validated request until someone else holding the same permission decides on it. */
export async function requestApproval(
  { db, now, newId }: UseCaseDeps,
  {
    tenantId,
    action,
    summary,
    payload,
    requestedBy,
  }: { tenantId: string; action: Permission; summary: string; payload: StoredPayload; requestedBy: string },
): Promise<ApprovalRequest> {
  const row = await withTenant(db, tenantId, (trx) =>
    trx
      .insertInto('approvalRequest')
      .values({
        tenantId,
        id: newId(),
        action,
        summary,
        payload: JSON.stringify(payload),
        status: 'pending',
        requestedBy,
        requestedAt: new Date(now().epochMilliseconds),
        decidedBy: null,
        decidedAt: null,
        result: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
  return toApprovalRequest(row);
}
