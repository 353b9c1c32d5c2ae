import { type AccountFactListItem, type AccountFactListKind, currentFactList } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { AccountRef } from './account.sql.ts';
import { selectAccountFacts, toAccountFactEntry } from './account-fact.sql.ts';
import { findAccount } from './find-account.ts';

/**
 * The current entries of one of an account's dated lists (household persons, protections,
 * benefits), folded from its fact log, oldest start first; undefined when the caller may not
 * reach the account.
 */
export async function findAccountFactList<K extends AccountFactListKind>(
  trx: Transaction<Database>,
  account: AccountRef,
  kind: K,
): Promise<AccountFactListItem<K>[] | undefined> {
  if (!(await findAccount(trx, account))) return undefined;
  return currentFactList(kind, (await selectAccountFacts(trx, { ...account, kinds: [kind] })).map(toAccountFactEntry));
}
