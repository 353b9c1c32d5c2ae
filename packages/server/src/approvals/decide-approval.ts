import type { ApprovalRequest, ErrorCode, Tenant } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import { type AnyCommand, type CommandContext, defineCommand, executeCommand } from '../commands/index.ts';
import { toApprovalRequest } from './approval-dto.ts';

/** The commands a tenant may hold for approval, by name: an approval runs the one it holds. */
export type HeldCommands = ReadonlyMap<string, AnyCommand>;

type DecisionInput = { approvalId: string };
type DecisionRefusal =
  | 'approval_not_found'
  | 'approval_already_decided'
  | 'approval_by_requester'
  | 'permission_denied';

/**
 * Approves a held command and runs it, as the approver, in the same transaction: the decision,
 * the command's change, both audit events and the kept result commit together. When the command
 * is refused (its plan code was taken meanwhile, say), nothing commits and the request stays pending.
 */
export const approveRequest = (heldCommands: HeldCommands) =>
  // Any code: the held command's own refusals are answered as they are.
  defineCommand<DecisionInput, ApprovalRequest, ErrorCode>({
    name: 'approval.approve',
    entity: 'approval_request',
    permission: 'tenants.read',
    entityId: ({ approvalId }: DecisionInput) => approvalId,
    before: async (context, { approvalId }) => {
      const found = await decidable(context, approvalId);
      return found.ok ? toApprovalRequest(found.value) : null;
    },
    execute: async (context, { approvalId }): Promise<Result<ApprovalRequest, ErrorCode>> => {
      const decided = await decide(context, approvalId, 'approved');
      if (!decided.ok) return decided;
      const held = decided.value.payload;
      const command = heldCommands.get(held.command);
      if (!command?.approval) throw new Error(`No command runs held ${held.command} requests any more`);
      const input = command.approval.input.safeParse(held.input);
      if (!input.success) return fail('validation_failed', 'The held request no longer passes validation');
      const result = await executeCommand(context, command, input.data);
      if (!result.ok) return result;
      const settled = await context.trx
        .updateTable('approvalRequest')
        .set({ result: JSON.stringify(command.audited ? command.audited(result.value, input.data) : result.value) })
        .where('tenantId', '=', context.tenant.id)
        .where('id', '=', approvalId)
        .returningAll()
        .executeTakeFirstOrThrow();
      return ok(toApprovalRequest(settled));
    },
  });

/** Rejects a held command: it never runs. */
export const rejectRequest = defineCommand<DecisionInput, ApprovalRequest, DecisionRefusal>({
  name: 'approval.reject',
  entity: 'approval_request',
  permission: 'tenants.read',
  entityId: ({ approvalId }: DecisionInput) => approvalId,
  before: async (context, { approvalId }) => {
    const found = await decidable(context, approvalId);
    return found.ok ? toApprovalRequest(found.value) : null;
  },
  execute: async (context, { approvalId }) => {
    const decided = await decide(context, approvalId, 'rejected');
    return decided.ok ? ok(toApprovalRequest(decided.value)) : decided;
  },
});

// A request the actor may not decide does not exist for them.
async function decidable(context: CommandContext<Tenant>, approvalId: string) {
  const row = await context.trx
    .selectFrom('approvalRequest')
    .selectAll()
    .where('tenantId', '=', context.tenant.id)
    .where('id', '=', approvalId)
    .forUpdate()
    .executeTakeFirst();
  const permissions = context.origin.permissions;
  if (!row || (permissions !== 'all' && !(permissions as ReadonlySet<string>).has(row.action))) {
    return fail('approval_not_found');
  }
  return ok(row);
}

/**
 * Records a decision on a pending request, once: the row is locked, so of two people deciding at
 * the same moment one wins and the other is told it was already decided. Nobody decides on their
 * own request, and only a person decides.
 */
async function decide(context: CommandContext<Tenant>, approvalId: string, decision: 'approved' | 'rejected') {
  const { actor } = context.origin;
  if (actor.kind !== 'user' || actor.id === null) {
    return fail('permission_denied', 'Only a person decides on approvals');
  }
  const found = await decidable(context, approvalId);
  if (!found.ok) return found;
  if (found.value.status !== 'pending') return fail('approval_already_decided');
  if (found.value.requestedBy === actor.id) return fail('approval_by_requester');
  const decided = await context.trx
    .updateTable('approvalRequest')
    .set({ status: decision, decidedBy: actor.id, decidedAt: new Date(context.now().epochMilliseconds) })
    .where('tenantId', '=', context.tenant.id)
    .where('id', '=', approvalId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return ok(decided);
}
