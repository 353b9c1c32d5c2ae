import type { Account, UpdateAccount } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { inBranches, selectAccounts, toAccount } from './account-dto.ts';

/** Renames an account, closes it on a day (closedOn) or reopens it (closedOn: null). */
export async function updateAccount(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  {
    tenantId,
    accountId,
    changes,
    branches,
  }: { tenantId: string; accountId: string; changes: UpdateAccount; branches: ReadonlySet<string> | null },
): Promise<Result<Account, 'account_not_found' | 'account_closed_before_opened'>> {
  return withTenant(db, tenantId, async (trx) => {
    const current = await trx
      .selectFrom('account')
      .select(['openedOn'])
      .where('tenantId', '=', tenantId)
      .where('id', '=', accountId)
      .where(inBranches('branchCode', branches))
      .forUpdate()
      .executeTakeFirst();
    if (!current) return fail('account_not_found');
    if (changes.closedOn && changes.closedOn < current.openedOn) {
      return fail('account_closed_before_opened', `The account opened on ${current.openedOn}`);
    }
    const closing =
      changes.closedOn === undefined
        ? {}
        : { closedOn: changes.closedOn, status: changes.closedOn === null ? ('active' as const) : ('closed' as const) };
    await trx
      .updateTable('account')
      .set({
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...closing,
        updatedAt: new Date(now().epochMilliseconds),
      })
      .where('tenantId', '=', tenantId)
      .where('id', '=', accountId)
      .execute();
    return ok(
      toAccount(await selectAccounts(trx, tenantId).where('account.id', '=', accountId).executeTakeFirstOrThrow()),
    );
  });
}
