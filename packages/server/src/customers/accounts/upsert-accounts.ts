import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { updateChanged } from '../parties/update-changed.ts';

/** An account as a file states it, keyed by its number; `id` is used when it is new. */
export interface AccountStated {
  readonly id: string;
  readonly accountNumber: string;
  readonly partyId: string;
  readonly currency: string;
  readonly openedOn: string;
  readonly branchCode: string | null;
}

/**
 * Opens the accounts not stored yet and, when `isBranchChanging`, moves stored ones to the stated
 * branch, in one statement; party, currency and opening day of a stored account never change.
 * Returns the accounts opened or changed; one already equal is not returned.
 */
export async function upsertAccounts(
  trx: Transaction<Database>,
  {
    tenantId,
    accounts,
    isBranchChanging,
    at,
  }: { tenantId: string; accounts: readonly AccountStated[]; isBranchChanging: boolean; at: Date },
): Promise<{ id: string; accountNumber: string }[]> {
  if (accounts.length === 0) return [];
  const column = <Key extends keyof AccountStated>(key: Key) => accounts.map((account) => account[key]);
  const result = await sql<{ id: string; accountNumber: string }>`
    insert into account (tenant_id, id, account_number, party_id, currency, status, opened_on, branch_code,
      created_at, updated_at)
    select ${tenantId}::uuid, t.id, t.account_number, t.party_id, t.currency, 'active', t.opened_on, t.branch_code,
      ${at}::timestamptz, ${at}::timestamptz
    from unnest(
      ${column('id')}::uuid[],
      ${column('accountNumber')}::text[],
      ${column('partyId')}::uuid[],
      ${column('currency')}::text[],
      ${column('openedOn')}::date[],
      ${column('branchCode')}::text[]
    ) as t(id, account_number, party_id, currency, opened_on, branch_code)
    on conflict (tenant_id, account_number)
    ${updateChanged('account', isBranchChanging ? ['branch_code'] : [])}
    returning id, account_number`.execute(trx);
  return result.rows;
}
