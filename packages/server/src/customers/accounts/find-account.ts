import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { type AccountRef, selectAccounts } from './account.sql.ts';
import type { AccountWithParty } from './account-dto.ts';

/** The account with its holder's name, if the caller (limited to some branches or not) may see it. */
export async function findAccount(
  trx: Transaction<Database>,
  { tenantId, accountId, branches }: AccountRef,
): Promise<AccountWithParty | undefined> {
  return selectAccounts(trx, tenantId, branches).where('account.id', '=', accountId).executeTakeFirst();
}
