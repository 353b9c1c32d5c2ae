import type { Account } from '@utilis/contracts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { containsPattern, pageFrom } from '../../http/page-cursor.ts';
import { selectAccounts, toAccount } from './account-dto.ts';

/** Newest first; text matches the account number or the holder's name. */
export async function listAccounts(
  { db }: Pick<UseCaseDeps, 'db'>,
  filter: {
    tenantId: string;
    limit: number;
    beforeId?: string;
    text?: string;
    partyId?: string;
    branches: ReadonlySet<string> | null;
  },
): Promise<{ items: Account[]; nextCursor: string | null }> {
  const { tenantId, limit, beforeId, text, partyId, branches } = filter;
  const rows = await withTenant(db, tenantId, (trx) => {
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
  });
  return pageFrom(rows, { limit, toItem: toAccount, keyOf: (row) => row.id });
}
