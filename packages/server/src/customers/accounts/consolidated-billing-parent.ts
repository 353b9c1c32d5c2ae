import { fail, ok, type Result, wouldCloseBillingLoop } from '@utilis/domain';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';

/**
 * Checks that `parentId` may become the consolidated-billing parent of `accountId` (undefined
 * for an account not yet stored): it is an account of the tenant and not the account itself
 * or one billed under it. A tenant-wide transaction lock makes two simultaneous re-parentings
 * check one after the other, so A under B and B under A cannot both pass.
 */
export async function checkBillingParent(
  trx: Transaction<Database>,
  { tenantId, accountId, parentId }: { tenantId: string; accountId: string | undefined; parentId: string },
): Promise<Result<void, 'account_parent_not_found' | 'account_parent_cycle'>> {
  await sql`select pg_advisory_xact_lock(hashtext(${`utilis.account_parent:${tenantId}`}))`.execute(trx);
  const chain = await sql<{ id: string; parentAccountId: string | null }>`
    with recursive chain (id, parent_account_id) as (
      select id, parent_account_id from account where tenant_id = ${tenantId} and id = ${parentId}
      union
      select account.id, account.parent_account_id
        from account join chain on account.tenant_id = ${tenantId} and account.id = chain.parent_account_id
    )
    select id, parent_account_id as "parentAccountId" from chain`.execute(trx);
  if (chain.rows.length === 0) return fail('account_parent_not_found', `No account has the id ${parentId}`);
  if (accountId === undefined) return ok(undefined);
  const parents = new Map(chain.rows.map((row) => [row.id, row.parentAccountId]));
  if (wouldCloseBillingLoop(accountId, parentId, (id) => parents.get(id))) {
    return fail('account_parent_cycle', 'The parent is this account or is billed under it');
  }
  return ok(undefined);
}
