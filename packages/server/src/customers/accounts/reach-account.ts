import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { inBranches } from './account-dto.ts';

export type AccountRef = { tenantId: string; accountId: string; branches: ReadonlySet<string> | null };

/**
 * True when the caller may reach the account. With lock, the row stays locked until the
 * transaction ends, so two edits of the account's dated lists are checked one after the other.
 */
export async function reachAccount(
  trx: Transaction<Database>,
  { tenantId, accountId, branches }: AccountRef,
  { lock }: { lock: boolean },
): Promise<boolean> {
  const query = trx
    .selectFrom('account')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', '=', accountId)
    .where(inBranches('branchCode', branches));
  return (await (lock ? query.forUpdate() : query).executeTakeFirst()) !== undefined;
}
