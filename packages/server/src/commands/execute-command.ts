import type { ErrorCode, Tenant } from '@utilis/contracts';
import type { Result } from '@utilis/domain';
import { deploymentChain, recordAuditEvent } from '../audit/index.ts';
import type { Command, CommandContext } from './command.ts';

/**
 * Runs a command's steps on the caller's transaction and records its audit event there: the
 * runner's own step, and how one command runs another in the same transaction (an approval
 * runs the command it approves). On a refusal nothing is recorded; the caller rolls back.
 */
export async function executeCommand<Input, Value, Code extends ErrorCode, T extends Tenant | null>(
  context: CommandContext<T>,
  command: Command<Input, Value, Code, T>,
  input: Input,
): Promise<Result<Value, Code>> {
  const before = command.before ? await command.before(context, input) : null;
  const result = await command.execute(context, input);
  if (!result.ok) return result;
  const { origin } = context;
  await recordAuditEvent(context.trx, {
    chainId: context.tenant?.id ?? deploymentChain,
    id: context.newId(),
    occurredAt: new Date(context.now().epochMilliseconds),
    actor: command.actor ? command.actor(input, result.value) : origin.actor,
    ip: origin.ip,
    requestId: origin.requestId,
    action: command.auditedAs ? command.auditedAs(result.value) : command.name,
    entityType: command.entity,
    entityId: command.entityId ? command.entityId(input, result.value) : idOf(result.value),
    before,
    after: command.audited ? command.audited(result.value, input) : result.value,
  });
  return result;
}

const idOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
};
