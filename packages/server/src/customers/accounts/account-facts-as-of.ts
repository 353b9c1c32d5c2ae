import { type AccountFactsOnDay, factsOnDay } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { selectLatestAccountFactsOn, toAccountFactEntry } from './account-fact.sql.ts';

/**
 * An account's billing inputs on a day (household persons and their number, protections,
 * benefits, area, dwellings), as known at an instant: a bill re-derived later passes the instant
 * its run saw the facts at and gets the same inputs, whatever was corrected since. One query, on
 * the caller's transaction.
 */
export async function accountFactsAsOf(
  trx: Transaction<Database>,
  {
    tenantId,
    accountId,
    date,
    knownAt,
  }: { tenantId: string; accountId: string; date: string; knownAt?: Date | undefined },
): Promise<AccountFactsOnDay> {
  const latest = await selectLatestAccountFactsOn(trx, { tenantId, accountId, date, knownAt });
  return factsOnDay(latest.map(toAccountFactEntry));
}
