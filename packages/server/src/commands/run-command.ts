import type { ApprovablePermission, ApprovalRequest, ErrorCode, Permission, Tenant } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import { deploymentChain, linkAuditEvents } from '../audit/index.ts';
import type { Database } from '../db/index.ts';
import { withTenant } from '../db/index.ts';
import type { Command, CommandContext, CommandScope } from './command.ts';
import { executeCommand } from './execute-command.ts';
import { findIdempotentAnswer, isIdempotencyKeyRace, keepIdempotentAnswer } from './idempotency.ts';

/** Holds a command for a second person's approval; the approvals context provides it. */
export interface ApprovalGate {
  hold(
    context: CommandContext<Tenant>,
    held: { command: string; permission: ApprovablePermission; summary: string; input: unknown },
  ): Promise<ApprovalRequest>;
}

export interface CommandRunnerDeps {
  db: Kysely<Database>;
  now: () => Temporal.Instant;
  newId: () => string;
  approvalGate?: ApprovalGate | undefined;
  /** Told when chaining audit events after a commit fails: they stay queued for the next link. */
  onLinkFailure?: ((error: unknown, chainId: string) => void) | undefined;
}

/** A command's outcome: done with its value, refused with a code, or held for approval. */
export type CommandOutcome<Value, Code extends ErrorCode> =
  | Result<Value, Code | RunnerRefusal>
  | { ok: 'held'; approval: ApprovalRequest };

export type RunnerRefusal = 'permission_denied' | 'idempotency_key_reused';

class Refused extends Error {
  constructor(readonly failure: { ok: false; code: ErrorCode; detail?: string }) {
    super(failure.code);
  }
}

/**
 * Runs a command, whoever starts it (HTTP, console, import, job, demo seeding): checks the
 * permission, holds it for approval where the tenant wants four eyes, else runs it in one tenant
 * transaction with its audit event (and idempotency record), and chains the event once committed.
 * A refused command leaves nothing behind: whatever it wrote is rolled back.
 */
export async function runCommand<Input, Value, Code extends ErrorCode, T extends Tenant | null>(
  deps: CommandRunnerDeps,
  scope: CommandScope<T>,
  command: Command<Input, Value, Code, T>,
  input: Input,
  { idempotencyKey }: { idempotencyKey?: string | undefined } = {},
): Promise<CommandOutcome<Value, Code>> {
  if (!mayRun(scope, command.permission)) {
    return fail('permission_denied', `This needs ${command.permission}`);
  }
  if (idempotencyKey !== undefined && !command.decodeStored) {
    throw new Error(`${command.name} cannot take an idempotency key: it declares no decodeStored`);
  }
  const chainId = scope.tenant?.id ?? deploymentChain;
  const attempt = () =>
    withTenant(deps.db, chainId, async (trx): Promise<CommandOutcome<Value, Code>> => {
      const context: CommandContext<T> = { ...scope, trx, now: deps.now, newId: deps.newId };
      if (idempotencyKey !== undefined) {
        const earlier = await findIdempotentAnswer(trx, { chainId, key: idempotencyKey, command, input });
        if (earlier) return earlier.ok ? ok(command.decodeStored?.(earlier.value) as Value) : earlier;
      }
      const held = await holdIfFourEyes(deps, context, command, input);
      if (held) return held;
      const result = await executeCommand(context, command, input);
      if (!result.ok) throw new Refused(result);
      if (idempotencyKey !== undefined) {
        await keepIdempotentAnswer(context, { chainId, key: idempotencyKey, command, input, value: result.value });
      }
      return result;
    });
  let outcome: CommandOutcome<Value, Code>;
  try {
    outcome = await attempt().catch((error: unknown) => {
      if (isIdempotencyKeyRace(error)) return attempt();
      throw error;
    });
  } catch (error) {
    if (error instanceof Refused) return error.failure as CommandOutcome<Value, Code>;
    throw error;
  }
  await linkAfterCommit(deps, chainId);
  return outcome;
}

function mayRun(scope: CommandScope<Tenant | null>, permission: Permission | 'signed_in' | 'public'): boolean {
  if (permission === 'public' || scope.origin.permissions === 'all') return true;
  if (permission === 'signed_in') return scope.origin.actor.kind !== 'system' || scope.origin.actor.id !== null;
  return scope.origin.permissions.has(permission);
}

// The console, jobs and the demo seeding act with the operator's full authority: four eyes is
// for people (and keys) asking through the API, and only a person may ask.
async function holdIfFourEyes<Input, Value, Code extends ErrorCode, T extends Tenant | null>(
  deps: CommandRunnerDeps,
  context: CommandContext<T>,
  command: Command<Input, Value, Code, T>,
  input: Input,
): Promise<CommandOutcome<Value, Code> | undefined> {
  const { approval } = command;
  const tenant = context.tenant;
  if (!approval || tenant === null || context.origin.permissions === 'all') return undefined;
  if (!(tenant.fourEyesActions as readonly string[]).includes(approval.permission)) return undefined;
  if (context.origin.actor.kind !== 'user') {
    throw new Refused({
      ok: false,
      code: 'permission_denied',
      detail: 'In this tenant a second person approves this; only a person can ask',
    });
  }
  if (!deps.approvalGate) throw new Error(`${command.name} needs approval but the runner has no approval gate`);
  const summary = await approval.summarize(context, input);
  if (!summary.ok) throw new Refused(summary);
  const tenantContext = context as CommandContext<Tenant>;
  const approvalRequest = await deps.approvalGate.hold(tenantContext, {
    command: command.name,
    permission: approval.permission,
    summary: summary.value,
    input,
  });
  return { ok: 'held', approval: approvalRequest };
}

async function linkAfterCommit(deps: CommandRunnerDeps, chainId: string): Promise<void> {
  try {
    await linkAuditEvents(deps.db, chainId);
  } catch (error) {
    // The change and its event are committed; the event waits in the queue for the next link.
    if (deps.onLinkFailure) deps.onLinkFailure(error, chainId);
    else process.emitWarning(`Audit events of chain ${chainId} stay queued: ${String(error)}`);
  }
}
