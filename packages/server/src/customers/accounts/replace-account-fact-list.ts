import {
  type AccountFactListInput,
  type AccountFactListItem,
  type AccountFactListKind,
  currentFactList,
  decideFactListChange,
  fail,
  ok,
  type Result,
} from '@utilis/domain';
import type { CommandContext } from '../../commands/index.ts';
import { lockAccount } from './account.sql.ts';
import { insertAccountFacts, selectAccountFacts, toAccountFactEntry } from './account-fact.sql.ts';

/** An account's dated list as sent whole, with why it changes. */
export interface FactListReplacement<K extends AccountFactListKind> {
  readonly accountId: string;
  /** The branches the caller's accounts.edit is limited to; null when held tenant-wide. */
  readonly branches: ReadonlySet<string> | null;
  readonly items: readonly AccountFactListInput<K>[];
  readonly reason?: string | undefined;
}

export type FactListReplacementError = 'account_not_found' | 'account_periods_overlap' | 'validation_failed';

/**
 * The step the three list commands share: with the account locked, the list as the log has it,
 * the domain's decision of what entries setting it records, those entries appended, and the
 * list as it now stands.
 */
export async function replaceAccountFactList<K extends AccountFactListKind>(
  { trx, tenant, origin, now, newId }: CommandContext,
  kind: K,
  { accountId, branches, items, reason }: FactListReplacement<K>,
): Promise<Result<AccountFactListItem<K>[], FactListReplacementError>> {
  const account = { tenantId: tenant.id, accountId, branches };
  if (!(await lockAccount(trx, account, 'update'))) return fail('account_not_found');
  const load = async () => (await selectAccountFacts(trx, { ...account, kinds: [kind] })).map(toAccountFactEntry);
  const current = currentFactList(kind, await load());
  const decided = decideFactListChange(kind, current, items, newId);
  if (!decided.ok) return decided;
  if (decided.value.length === 0) return ok(current);
  await insertAccountFacts(trx, {
    ...account,
    entries: decided.value,
    recordedAt: new Date(now().epochMilliseconds),
    recordedBy: origin.actor,
    reason: reason ?? null,
    newId,
  });
  return ok(currentFactList(kind, await load()));
}
