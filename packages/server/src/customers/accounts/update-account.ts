import type { Account, UpdateAccount } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { inBranches, selectAccounts, toAccount } from './account-dto.ts';
import { checkBillingParent } from './consolidated-billing-parent.ts';

/**
 * Renames an account, closes it on a day (closedOn) or reopens it (closedOn: null), changes how
 * it is billed (cycle, delivery, use class) or the account it is billed under.
 */
export async function updateAccount(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  {
    tenantId,
    accountId,
    changes,
    branches,
  }: { tenantId: string; accountId: string; changes: UpdateAccount; branches: ReadonlySet<string> | null },
): Promise<
  Result<
    Account,
    'account_not_found' | 'account_closed_before_opened' | 'account_parent_not_found' | 'account_parent_cycle'
  >
> {
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
    if (changes.parentAccountId) {
      const parent = await checkBillingParent(trx, { tenantId, accountId, parentId: changes.parentAccountId });
      if (!parent.ok) return parent;
    }
    const closing =
      changes.closedOn === undefined
        ? {}
        : { closedOn: changes.closedOn, status: changes.closedOn === null ? ('active' as const) : ('closed' as const) };
    await trx
      .updateTable('account')
      .set({
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...definedOnly({
          billCycleCode: changes.billCycleCode,
          deliveryPreference: changes.deliveryPreference,
          useClass: changes.useClass,
          parentAccountId: changes.parentAccountId,
        }),
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

/** The fields a change names; an omitted field keeps its value, null clears it. */
const definedOnly = <Fields extends Record<string, unknown>>(fields: Fields) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [Key in keyof Fields]?: Exclude<Fields[Key], undefined>;
  };
