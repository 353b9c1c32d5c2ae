import type { Account } from '@utilis/contracts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { selectAccounts, toAccount } from './account-dto.ts';

export async function findAccount(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, accountId, branches }: { tenantId: string; accountId: string; branches: ReadonlySet<string> | null },
): Promise<Account | undefined> {
  const row = await withTenant(db, tenantId, (trx) =>
    selectAccounts(trx, tenantId, branches).where('account.id', '=', accountId).executeTakeFirst(),
  );
  return row && toAccount(row);
}
