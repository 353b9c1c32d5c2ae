import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { containsPattern } from '../../http/page-cursor.ts';
import { selectAccounts } from './account.sql.ts';
import type { AccountWithParty } from './account-dto.ts';

/** Newest first, one more than the limit (the page's "there is more"); text matches the account number or the holder's name. */
export async function listAccounts(
  trx: Transaction<Database>,
  filter: {
    tenantId: string;
    limit: number;
    beforeId?: string | undefined;
    text?: string | undefined;
    partyId?: string | undefined;
    branches: ReadonlySet<string> | null;
  },
): Promise<AccountWithParty[]> {
  const { tenantId, limit, beforeId, text, partyId, branches } = filter;
  let query = selectAccounts(trx, tenantId, branches)
    .orderBy('account.id', 'desc')
    .limit(limit + 1);
  if (beforeId !== undefined) query = query.where('account.id', '<', beforeId);
  if (partyId !== undefined) query = query.where('account.partyId', '=', partyId);
  if (text) {
    const pattern = containsPattern(text);
    query = query.where((eb) =>
      eb.or([eb('account.accountNumber', 'ilike', pattern), eb('party.displayName', 'ilike', pattern)]),
    );
  }
  return query.execute();
}
