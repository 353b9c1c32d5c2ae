import type { HouseholdPerson, ReplaceHouseholdPersons } from '@utilis/contracts';
import { fail, firstOverlap, ok, type Result } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { planListReplacement } from './list-replacement.ts';
import { type AccountRef, reachAccount } from './reach-account.ts';

const selectPersons = (trx: Transaction<Database>, { tenantId, accountId }: AccountRef) =>
  trx
    .selectFrom('accountHouseholdPerson')
    .select(['id', 'name', 'startOn', 'endOn', 'createdAt', 'updatedAt'])
    .where('tenantId', '=', tenantId)
    .where('accountId', '=', accountId)
    .orderBy('startOn')
    .orderBy('id')
    .execute();

const toHouseholdPerson = (row: Awaited<ReturnType<typeof selectPersons>>[number]): HouseholdPerson => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The people living in the account's household, past and present, oldest first. */
export async function listHouseholdPersons(
  { db }: Pick<UseCaseDeps, 'db'>,
  account: AccountRef,
): Promise<HouseholdPerson[] | undefined> {
  return withTenant(db, account.tenantId, async (trx) => {
    if (!(await reachAccount(trx, account, { lock: false }))) return undefined;
    return (await selectPersons(trx, account)).map(toHouseholdPerson);
  });
}

/** Sets the household; one person (by name) cannot be counted twice on a day. */
export async function replaceHouseholdPersons(
  { db, now, newId }: UseCaseDeps,
  account: AccountRef,
  { items }: ReplaceHouseholdPersons,
): Promise<Result<HouseholdPerson[], 'account_not_found' | 'account_periods_overlap' | 'validation_failed'>> {
  const periods = items.map((item) => ({ ...item, endOn: item.endOn ?? null }));
  const clash = firstOverlap(periods, (person) => person.name.toLocaleLowerCase());
  if (clash) {
    return fail('account_periods_overlap', `${clash[0].name} is in the household twice from ${clash[1].startOn}`);
  }
  const updatedAt = new Date(now().epochMilliseconds);
  return withTenant(db, account.tenantId, async (trx) => {
    if (!(await reachAccount(trx, account, { lock: true }))) return fail('account_not_found');
    const stored = await selectPersons(trx, account);
    const plan = planListReplacement(
      stored.map((row) => row.id),
      periods,
    );
    if (!plan.ok) return plan;
    const { tenantId, accountId } = account;
    const { changed, added, removedIds } = plan.value;
    if (removedIds.length > 0) {
      await trx
        .deleteFrom('accountHouseholdPerson')
        .where('tenantId', '=', tenantId)
        .where('id', 'in', removedIds)
        .execute();
    }
    for (const { id, name, startOn, endOn } of changed) {
      await trx
        .updateTable('accountHouseholdPerson')
        .set({ name, startOn, endOn, updatedAt })
        .where('tenantId', '=', tenantId)
        .where('id', '=', id)
        .execute();
    }
    if (added.length > 0) {
      await trx
        .insertInto('accountHouseholdPerson')
        .values(
          added.map(({ name, startOn, endOn }) => ({
            tenantId,
            id: newId(),
            accountId,
            name,
            startOn,
            endOn,
            createdAt: updatedAt,
            updatedAt,
          })),
        )
        .execute();
    }
    return ok((await selectPersons(trx, account)).map(toHouseholdPerson));
  });
}
