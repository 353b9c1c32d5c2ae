import type { AccountProtection, ReplaceAccountProtections } from '@utilis/contracts';
import { fail, firstOverlap, ok, type Result } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { planListReplacement } from './list-replacement.ts';
import { type AccountRef, reachAccount } from './reach-account.ts';

const selectProtections = (trx: Transaction<Database>, { tenantId, accountId }: AccountRef) =>
  trx
    .selectFrom('accountProtection')
    .select(['id', 'status', 'reason', 'startOn', 'endOn', 'createdAt', 'updatedAt'])
    .where('tenantId', '=', tenantId)
    .where('accountId', '=', accountId)
    .orderBy('startOn')
    .orderBy('id')
    .execute();

const toAccountProtection = (row: Awaited<ReturnType<typeof selectProtections>>[number]): AccountProtection => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The account's protected and vulnerable periods, past and present, oldest first. */
export async function listAccountProtections(
  { db }: Pick<UseCaseDeps, 'db'>,
  account: AccountRef,
): Promise<AccountProtection[] | undefined> {
  return withTenant(db, account.tenantId, async (trx) => {
    if (!(await reachAccount(trx, account, { lock: false }))) return undefined;
    return (await selectProtections(trx, account)).map(toAccountProtection);
  });
}

/** Sets the protection periods; two periods of one status cannot share a day. */
export async function replaceAccountProtections(
  { db, now, newId }: UseCaseDeps,
  account: AccountRef,
  { items }: ReplaceAccountProtections,
): Promise<Result<AccountProtection[], 'account_not_found' | 'account_periods_overlap' | 'validation_failed'>> {
  const periods = items.map((item) => ({ ...item, endOn: item.endOn ?? null }));
  const clash = firstOverlap(periods, (period) => period.status);
  if (clash) {
    return fail('account_periods_overlap', `Two ${clash[0].status} periods share ${clash[1].startOn}`);
  }
  const updatedAt = new Date(now().epochMilliseconds);
  return withTenant(db, account.tenantId, async (trx) => {
    if (!(await reachAccount(trx, account, { lock: true }))) return fail('account_not_found');
    const stored = await selectProtections(trx, account);
    const plan = planListReplacement(
      stored.map((row) => row.id),
      periods,
    );
    if (!plan.ok) return plan;
    const { tenantId, accountId } = account;
    const { changed, added, removedIds } = plan.value;
    if (removedIds.length > 0) {
      await trx
        .deleteFrom('accountProtection')
        .where('tenantId', '=', tenantId)
        .where('id', 'in', removedIds)
        .execute();
    }
    for (const { id, status, reason, startOn, endOn } of changed) {
      await trx
        .updateTable('accountProtection')
        .set({ status, reason, startOn, endOn, updatedAt })
        .where('tenantId', '=', tenantId)
        .where('id', '=', id)
        .execute();
    }
    if (added.length > 0) {
      await trx
        .insertInto('accountProtection')
        .values(
          added.map(({ status, reason, startOn, endOn }) => ({
            tenantId,
            id: newId(),
            accountId,
            status,
            reason,
            startOn,
            endOn,
            createdAt: updatedAt,
            updatedAt,
          })),
        )
        .execute();
    }
    return ok((await selectProtections(trx, account)).map(toAccountProtection));
  });
}
