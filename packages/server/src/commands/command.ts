import type { ApprovablePermission, ErrorCode, Permission, Tenant } from '@utilis/contracts';
import type { Result } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import type { AuditActor } from '../audit/index.ts';
import type { Database } from '../db/index.ts';

/** Who asked for a command and from where: HTTP fills ip and request id; the console, jobs and seeding do not. */
export interface CommandOrigin {
  readonly actor: AuditActor;
  readonly ip: string | null;
  readonly requestId: string | null;
  /** What the actor may do where the command runs; the console, a job or the demo seeding holds everything. */
  readonly permissions: ReadonlySet<Permission> | 'all';
}

/** Where a command runs: in one tenant, or deployment-wide (tenants, groups, users) when tenant is null. */
export interface CommandScope<T extends Tenant | null = Tenant> {
  readonly tenant: T;
  readonly origin: CommandOrigin;
}

/** What a command's steps get: the one transaction every write of the command shares. */
export interface CommandContext<T extends Tenant | null = Tenant> extends CommandScope<T> {
  readonly trx: Transaction<Database>;
  readonly now: () => Temporal.Instant;
  readonly newId: () => string;
}

/**
 * A write, whoever starts it. `execute` takes the runner's transaction and never opens its own, so
 * a command can run inside another (an approval runs the command it approves in its own transaction).
 */
export interface Command<Input, Value, Code extends ErrorCode, T extends Tenant | null = Tenant> {
  /** The audit action, noun.verb: `party.update`; also the name a held command is stored under. */
  readonly name: string;
  /** The kind of thing changed: `party`. */
  readonly entity: string;
  /** What the actor must hold in the scope; `signed_in` for what concerns only the actor. */
  readonly permission: Permission | 'signed_in' | 'public';
  /** The entity before the change, for the audit event (runs in the transaction, before execute). */
  readonly before?: (context: CommandContext<T>, input: Input) => Promise<unknown>;
  readonly execute: (context: CommandContext<T>, input: Input) => Promise<Result<Value, Code>>;
  /** The changed entity's id; by default the value's `id`. */
  readonly entityId?: (input: Input, value: Value) => string | null;
  /** The audit action when it depends on the outcome (a refused sign-in); by default the name. */
  readonly auditedAs?: (value: Value) => string;
  /** Who acted, for a public command nobody is signed in to (sign-in): by default the origin's actor. */
  readonly actor?: (input: Input, value: Value) => AuditActor;
  /** What the audit event keeps as "after"; by default the value. */
  readonly audited?: (value: Value, input: Input) => unknown;
  /** Set when a tenant may hold this command for a second person's approval (four eyes). */
  readonly approval?: CommandApproval<Input, Code, T>;
  /** Turns a stored (JSON) value back into the value, so a repeated idempotency key answers as the first call did. */
  readonly decodeStored?: (stored: unknown) => Value;
}

export interface CommandApproval<Input, Code extends ErrorCode, T extends Tenant | null> {
  readonly permission: ApprovablePermission;
  /** Validates a held input again when it is approved: it may be older than this release. */
  readonly input: z.ZodType<Input>;
  /** The line an approver reads; refuses at once a command that could never run. */
  readonly summarize: (context: CommandContext<T>, input: Input) => Promise<Result<string, Code>>;
}

/** Declares a command; the identity function gives the definition its inferred types. */
export const defineCommand = <Input, Value, Code extends ErrorCode, T extends Tenant | null = Tenant>(
  command: Command<Input, Value, Code, T>,
): Command<Input, Value, Code, T> => command;

// biome-ignore lint/suspicious/noExplicitAny: a registry holds commands of every input and value type.
export type AnyCommand = Command<any, any, ErrorCode, any>;
