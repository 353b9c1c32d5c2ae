import type { Account, CreateAccount, Tenant } from '@utilis/contracts';
import { fail, matchesAccountNumberPattern, ok, type Result, todayIn } from '@utilis/domain';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { selectAccounts, toAccount } from './account-dto.ts';
import { checkBillingParent } from './consolidated-billing-parent.ts';
import { accountNumberPatternOf, nextAccountNumber } from './next-account-number.ts';

type OpenAccountError =
  | 'party_not_found'
  | 'account_number_taken'
  | 'account_number_pattern_mismatch'
  | 'account_numbers_exhausted'
  | 'account_parent_not_found'
  | 'account_parent_cycle';

/**
 * Opens an account for a party; numbers it from the tenant's counter unless a number is given.
 * A given number must follow the tenant's pattern when the tenant set one.
 */
export async function openAccount(
  { db, now, newId }: UseCaseDeps,
  tenant: Pick<Tenant, 'id' | 'currency' | 'timeZone'> & Partial<Pick<Tenant, 'accountNumberPattern'>>,
  input: CreateAccount,
): Promise<Result<Account, OpenAccountError>> {
  const instant = now();
  const createdAt = new Date(instant.epochMilliseconds);
  const patternText = tenant.accountNumberPattern ?? null;
  const pattern = accountNumberPatternOf(patternText);
  if (input.accountNumber !== undefined && patternText !== null) {
    if (!matchesAccountNumberPattern(pattern, input.accountNumber)) {
      return fail('account_number_pattern_mismatch', `Account numbers of this tenant look like ${patternText}`);
    }
  }
  return withTenant(db, tenant.id, async (trx) => {
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
    const inserted = await trx
      .insertInto('account')
      .values({
        tenantId: tenant.id,
        id: newId(),
        accountNumber: accountNumber.value,
        partyId: input.partyId,
        name: input.name ?? null,
        branchCode: input.branchCode ?? null,
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
      })
      .onConflict((conflict) => conflict.columns(['tenantId', 'accountNumber']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return fail('account_number_taken', `Account number ${accountNumber.value} is in use`);
    return ok(
      toAccount(await selectAccounts(trx, tenant.id).where('account.id', '=', inserted.id).executeTakeFirstOrThrow()),
    );
  });
}
