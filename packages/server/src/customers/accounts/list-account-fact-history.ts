import type { AccountFactKind } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { AccountRef } from './account.sql.ts';
import { type AccountFactRow, selectAccountFactPage } from './account-fact.sql.ts';
import { findAccount } from './find-account.ts';

/**
 * The entries of an account's fact log, latest recorded first (one more than the limit: the
 * page's "there is more"), each with its days, who recorded it, when and why; undefined when the
 * caller may not reach the account.
 */
export async function listAccountFactHistory(
  trx: Transaction<Database>,
  {
    account,
    kind,
    limit,
    beforePosition,
  }: { account: AccountRef; kind?: AccountFactKind | undefined; limit: number; beforePosition?: bigint | undefined },
): Promise<AccountFactRow[] | undefined> {
  if (!(await findAccount(trx, account))) return undefined;
  return selectAccountFactPage(trx, {
    ...account,
    kind,
    limit,
    ...(beforePosition === undefined ? {} : { beforePosition }),
  });
}
