import type { AccountBenefit, ReplaceAccountBenefits } from '@utilis/contracts';
import { fail, firstOverlap, ok, type Result } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { planListReplacement } from './list-replacement.ts';
import { type AccountRef, reachAccount } from './reach-account.ts';

const selectBenefits = (trx: Transaction<Database>, { tenantId, accountId }: AccountRef) =>
  trx
    .selectFrom('accountBenefit')
    .select(['id', 'code', 'reference', 'startOn', 'endOn', 'createdAt', 'updatedAt'])
    .where('tenantId', '=', tenantId)
    .where('accountId', '=', accountId)
    .orderBy('startOn')
    .orderBy('id')
    .execute();

const toAccountBenefit = (row: Awaited<ReturnType<typeof selectBenefits>>[number]): AccountBenefit => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The benefits the account is or was entitled to, oldest first. */
export async function listAccountBenefits(
  { db }: Pick<UseCaseDeps, 'db'>,
  account: AccountRef,
): Promise<AccountBenefit[] | undefined> {
  return withTenant(db, account.tenantId, async (trx) => {
    if (!(await reachAccount(trx, account, { lock: false }))) return undefined;
    return (await selectBenefits(trx, account)).map(toAccountBenefit);
  });
}

/** Sets the benefit entitlements; one benefit cannot be granted twice on a day. */
export async function replaceAccountBenefits(
  { db, now, newId }: UseCaseDeps,
  account: AccountRef,
  { items }: ReplaceAccountBenefits,
): Promise<Result<AccountBenefit[], 'account_not_found' | 'account_periods_overlap' | 'validation_failed'>> {
  const periods = items.map((item) => ({ ...item, reference: item.reference ?? null, endOn: item.endOn ?? null }));
  const clash = firstOverlap(periods, (benefit) => benefit.code);
  if (clash) {
    return fail('account_periods_overlap', `Benefit ${clash[0].code} is granted twice from ${clash[1].startOn}`);
  }
  const updatedAt = new Date(now().epochMilliseconds);
  return withTenant(db, account.tenantId, async (trx) => {
    if (!(await reachAccount(trx, account, { lock: true }))) return fail('account_not_found');
    const stored = await selectBenefits(trx, account);
    const plan = planListReplacement(
      stored.map((row) => row.id),
      periods,
    );
    if (!plan.ok) return plan;
    const { tenantId, accountId } = account;
    const { changed, added, removedIds } = plan.value;
    if (removedIds.length > 0) {
      await trx.deleteFrom('accountBenefit').where('tenantId', '=', tenantId).where('id', 'in', removedIds).execute();
    }
    for (const { id, code, reference, startOn, endOn } of changed) {
      await trx
        .updateTable('accountBenefit')
        .set({ code, reference, startOn, endOn, updatedAt })
        .where('tenantId', '=', tenantId)
        .where('id', '=', id)
        .execute();
    }
    if (added.length > 0) {
      await trx
        .insertInto('accountBenefit')
        .values(
          added.map(({ code, reference, startOn, endOn }) => ({
            tenantId,
            id: newId(),
            accountId,
            code,
            reference,
            startOn,
            endOn,
            createdAt: updatedAt,
            updatedAt,
          })),
        )
        .execute();
    }
    return ok((await selectBenefits(trx, account)).map(toAccountBenefit));
  });
}
