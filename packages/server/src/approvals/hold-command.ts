import type { ApprovalRequest } from '@utilis/contracts';
import { recordAuditEvent } from '../audit/index.ts';
import type { ApprovalGate } from '../commands/index.ts';
import { toApprovalRequest } from './approval-dto.ts';

/**
 * Holds a command for someone else with the same permission to approve: the command's name and
 * its input are stored, with the approval.request event, in the transaction that asked.
 */
export const approvalGate: ApprovalGate = {
  async hold(context, { command, permission, summary, input }): Promise<ApprovalRequest> {
    const { trx, tenant, origin } = context;
    if (origin.actor.id === null) throw new Error(`Only a person may ask for approval of ${command}`);
    const row = await trx
      .insertInto('approvalRequest')
      .values({
        tenantId: tenant.id,
        id: context.newId(),
        action: permission,
        summary,
        payload: JSON.stringify({ command, input }),
        status: 'pending',
        requestedBy: origin.actor.id,
        requestedAt: new Date(context.now().epochMilliseconds),
        decidedBy: null,
        decidedAt: null,
        result: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const held = toApprovalRequest(row);
    await recordAuditEvent(trx, {
      chainId: tenant.id,
      id: context.newId(),
      occurredAt: new Date(context.now().epochMilliseconds),
      actor: origin.actor,
      ip: origin.ip,
      requestId: origin.requestId,
      action: 'approval.request',
      entityType: 'approval_request',
      entityId: held.id,
      before: null,
      after: held,
    });
    return held;
  },
};
