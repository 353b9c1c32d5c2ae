import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';

export interface AccountByNumber {
  readonly id: string;
  readonly accountNumber: string;
  /** The reference of the account's party; null when that party has none. */
  readonly partyReference: string | null;
  readonly currency: string;
  readonly openedOn: string;
  readonly status: 'active' | 'closed';
}

/**
 * The tenant's accounts holding these numbers, locked until the transaction ends (in id order, so
 * two writers never wait on each other crosswise): none is closed under an agreement starting on it.
 */
export async function accountsByNumber(
  trx: Transaction<Database>,
  { tenantId, accountNumbers }: { tenantId: string; accountNumbers: readonly string[] },
): Promise<AccountByNumber[]> {
  if (accountNumbers.length === 0) return [];
  const result = await sql<AccountByNumber>`
    select a.id, a.account_number, p.reference as party_reference, a.currency, a.opened_on, a.status
    from account a
    join party p on p.tenant_id = a.tenant_id and p.id = a.party_id
    where a.tenant_id = ${tenantId} and a.account_number = any(${accountNumbers}::text[])
    order by a.id
    for update of a`.execute(trx);
  return result.rows;
}
