import type { UpdateAccount } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { lockAccount, selectAccount, updateAccountRow } from './account.sql.ts';
import { type AccountWithParty, toAccount } from './account-dto.ts';
import { checkBillingParent } from './consolidated-billing-parent.ts';
import { findAccount } from './find-account.ts';

export interface AccountUpdate {
  readonly accountId: string;
  /** The branches the caller's accounts.edit is limited to; null when held tenant-wide. */
  readonly branches: ReadonlySet<string> | null;
  readonly changes: UpdateAccount;
}

/**
 * Renames an account, closes it on a day (closedOn) or reopens it (closedOn: null), changes how
 * it is billed (cycle, delivery, use class) or the account it is billed under.
 */
export const updateAccount = defineCommand<
  AccountUpdate,
  AccountWithParty,
  'account_not_found' | 'account_closed_before_opened' | 'account_parent_not_found' | 'account_parent_cycle'
>({
  name: 'account.update',
  entity: 'account',
  permission: 'accounts.edit',
  entityId: ({ accountId }) => accountId,
  before: async ({ trx, tenant }, { accountId, branches }) => {
    const row = await findAccount(trx, { tenantId: tenant.id, accountId, branches });
    return row ? toAccount(row) : null;
  },
  audited: toAccount,
  execute: async ({ trx, tenant, now }, { accountId, branches, changes }) => {
    const account = { tenantId: tenant.id, accountId, branches };
    const current = await lockAccount(trx, account, 'update');
    if (!current) return fail('account_not_found');
    if (changes.closedOn && changes.closedOn < current.openedOn) {
      return fail('account_closed_before_opened', `The account opened on ${current.openedOn}`);
    }
    if (changes.parentAccountId) {
      const parent = await checkBillingParent(trx, { ...account, parentId: changes.parentAccountId });
      if (!parent.ok) return parent;
    }
    const closing =
      changes.closedOn === undefined
        ? {}
        : { closedOn: changes.closedOn, status: changes.closedOn === null ? ('active' as const) : ('closed' as const) };
    await updateAccountRow(trx, account, {
      ...(changes.name === undefined ? {} : { name: changes.name }),
      ...definedOnly({
        billCycleCode: changes.billCycleCode,
        deliveryPreference: changes.deliveryPreference,
        useClass: changes.useClass,
        parentAccountId: changes.parentAccountId,
      }),
      ...closing,
      updatedAt: new Date(now().epochMilliseconds),
    });
    return ok(await selectAccount(trx, account));
  },
});

/** The fields a change names; an omitted field keeps its value, null clears it. */
const definedOnly = <Fields extends Record<string, unknown>>(fields: Fields) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [Key in keyof Fields]?: Exclude<Fields[Key], undefined>;
  };
