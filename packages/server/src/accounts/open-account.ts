import type { Account, CreateAccount, Tenant } from '@utilis/contracts';
import { accountNumberFor, fail, ok, type Result, todayIn } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { nextInSequence } from '../tenants/index.ts';
import { selectAccounts, toAccount } from './account-dto.ts';

/** Opens an account for a party; numbers it from the tenant's counter unless a number is given. */
export async function openAccount(
  { db, now, newId }: UseCaseDeps,
  tenant: Pick<Tenant, 'id' | 'currency' | 'timeZone'>,
  input: CreateAccount,
): Promise<Result<Account, 'party_not_found' | 'account_number_taken'>> {
  const instant = now();
  const createdAt = new Date(instant.epochMilliseconds);
  return withTenant(db, tenant.id, async (trx) => {
    const party = await trx
      .selectFrom('party')
      .select('id')
      .where('tenantId', '=', tenant.id)
      .where('id', '=', input.partyId)
      .executeTakeFirst();
    if (!party) return fail('party_not_found');
    const accountNumber = input.accountNumber ?? (await freeGeneratedNumber(trx, tenant.id));
    const inserted = await trx
      .insertInto('account')
      .values({
        tenantId: tenant.id,
        id: newId(),
        accountNumber,
        partyId: input.partyId,
        name: input.name ?? null,
        branchCode: input.branchCode ?? null,
        currency: tenant.currency,
        status: 'active',
        openedOn: input.openedOn ?? todayIn({ instant, timeZone: tenant.timeZone }).toString(),
        closedOn: null,
        createdAt,
        updatedAt: createdAt,
      })
      .onConflict((conflict) => conflict.columns(['tenantId', 'accountNumber']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return fail('account_number_taken', `Account number ${accountNumber} is in use`);
    return ok(
      toAccount(await selectAccounts(trx, tenant.id).where('account.id', '=', inserted.id).executeTakeFirstOrThrow()),
    );
  });
}

// Numbers typed in by hand may already hold a generated value; skip past them.
async function freeGeneratedNumber(trx: Transaction<Database>, tenantId: string): Promise<string> {
  for (;;) {
    const candidate = accountNumberFor(await nextInSequence(trx, tenantId, 'account_number'));
    const taken = await trx
      .selectFrom('account')
      .select('id')
      .where('tenantId', '=', tenantId)
      .where('accountNumber', '=', candidate)
      .executeTakeFirst();
    if (!taken) return candidate;
  }
}
