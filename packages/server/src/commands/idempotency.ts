import { createHash } from 'node:crypto';
import type { ErrorCode, Tenant } from '@utilis/contracts';
import canonicalize from 'canonicalize';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { Command, CommandContext } from './command.ts';

// biome-ignore lint/suspicious/noExplicitAny: only the command's name is read.
type Named = Pick<Command<any, any, ErrorCode, any>, 'name'>;

const inputHash = (command: Named, input: unknown) =>
  createHash('sha256')
    .update(canonicalize({ command: command.name, input: jsonValue(input) }) ?? '', 'utf8')
    .digest('hex');

const jsonValue = (value: unknown): unknown =>
  value === undefined
    ? null
    : JSON.parse(JSON.stringify(value, (_key, item) => (typeof item === 'bigint' ? item.toString() : item)));

/**
 * The first answer to this key: its stored value when the same command came with the same input,
 * a refusal when the key was used for anything else.
 */
export async function findIdempotentAnswer(
  trx: Transaction<Database>,
  { chainId, key, command, input }: { chainId: string; key: string; command: Named; input: unknown },
): Promise<{ ok: true; value: unknown } | { ok: false; code: 'idempotency_key_reused'; detail: string } | undefined> {
  const earlier = await trx
    .selectFrom('commandIdempotency')
    .selectAll()
    .where('tenantId', '=', chainId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!earlier) return undefined;
  if (earlier.command !== command.name || earlier.inputSha256 !== inputHash(command, input)) {
    return {
      ok: false,
      code: 'idempotency_key_reused',
      detail: `The key ${key} was used on ${earlier.recordedAt.toISOString()} for another request`,
    };
  }
  return { ok: true, value: earlier.value };
}

/** Keeps the answer with the change; two first calls racing on one key: the loser's commit fails on the key. */
export async function keepIdempotentAnswer(
  context: CommandContext<Tenant | null>,
  {
    chainId,
    key,
    command,
    input,
    value,
  }: { chainId: string; key: string; command: Named; input: unknown; value: unknown },
): Promise<void> {
  await context.trx
    .insertInto('commandIdempotency')
    .values({
      tenantId: chainId,
      key,
      command: command.name,
      inputSha256: inputHash(command, input),
      value: JSON.stringify(jsonValue(value)),
      recordedAt: new Date(context.now().epochMilliseconds),
    })
    .execute();
}

/** True when another call with the same key committed first: the caller retries and finds its answer. */
export const isIdempotencyKeyRace = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === '23505' &&
  (error as { constraint?: unknown }).constraint === 'command_idempotency_pk';
