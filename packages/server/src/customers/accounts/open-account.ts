import type { CreateAccount } from '@utilis/contracts';
import { fail, matchesAccountNumberPattern, ok, todayIn } from '@utilis/domain';
import { defineCommand } from '../../commands/index.ts';
import { insertAccount, selectAccount } from './account.sql.ts';
import { type AccountWithParty, toAccount } from './account-dto.ts';
import { checkBillingParent } from './consolidated-billing-parent.ts';
import { accountNumberPatternOf, nextAccountNumber } from './next-account-number.ts';

export interface OpenAccount {
  readonly account: CreateAccount;
  /** The branches the opener's accounts.edit is limited to; null when held tenant-wide. */
  readonly branches: ReadonlySet<string> | null;
}

/**
 * Opens an account for a party; numbers it from the tenant's counter unless a number is given.
 * A given number must follow the tenant's pattern when the tenant set one. Someone limited to
 * branches opens accounts only there: in their one branch when they name none.
 */
export const openAccount = defineCommand<
  OpenAccount,
  AccountWithParty,
  | 'permission_denied'
  | 'party_not_found'
  | 'account_number_taken'
  | 'account_number_pattern_mismatch'
  | 'account_numbers_exhausted'
  | 'account_parent_not_found'
  | 'account_parent_cycle'
>({
  name: 'account.open',
  entity: 'account',
  permission: 'accounts.edit',
  audited: toAccount,
  execute: async ({ trx, tenant, now, newId }, { account: input, branches }) => {
    const branchCode = input.branchCode ?? (branches?.size === 1 ? [...branches][0] : undefined);
    if (branches && (branchCode === undefined || !branches.has(branchCode))) {
      return fail('permission_denied', `You may open accounts only in branch ${[...branches].join(', ')}`);
    }
    const patternText = tenant.accountNumberPattern ?? null;
    const pattern = accountNumberPatternOf(patternText);
    if (input.accountNumber !== undefined && patternText !== null) {
      if (!matchesAccountNumberPattern(pattern, input.accountNumber)) {
        return fail('account_number_pattern_mismatch', `Account numbers of this tenant look like ${patternText}`);
      }
    }
    const party = await trx
      .selectFrom('party')
      .select('id')
      .where('tenantId', '=', tenant.id)
      .where('id', '=', input.partyId)
      .executeTakeFirst();
    if (!party) return fail('party_not_found');
    const parentId = input.parentAccountId ?? null;
    if (parentId !== null) {
      const parent = await checkBillingParent(trx, { tenantId: tenant.id, accountId: undefined, parentId });
      if (!parent.ok) return parent;
    }
    const accountNumber =
      input.accountNumber === undefined ? await nextAccountNumber(trx, tenant.id, pattern) : ok(input.accountNumber);
    if (!accountNumber.ok) return accountNumber;
    const instant = now();
    const createdAt = new Date(instant.epochMilliseconds);
    const inserted = await insertAccount(trx, {
      tenantId: tenant.id,
      id: newId(),
      accountNumber: accountNumber.value,
      partyId: input.partyId,
      name: input.name ?? null,
      branchCode: branchCode ?? null,
      currency: tenant.currency,
      status: 'active',
      openedOn: input.openedOn ?? todayIn({ instant, timeZone: tenant.timeZone }).toString(),
      closedOn: null,
      billCycleCode: input.billCycleCode ?? null,
      deliveryPreference: input.deliveryPreference ?? 'paper',
      useClass: input.useClass ?? null,
      parentAccountId: parentId,
      createdAt,
      updatedAt: createdAt,
    });
    if (!inserted) return fail('account_number_taken', `Account number ${accountNumber.value} is in use`);
    return ok(await selectAccount(trx, { tenantId: tenant.id, accountId: inserted.id }));
  },
});
