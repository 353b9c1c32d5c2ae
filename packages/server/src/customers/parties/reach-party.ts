import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { PartyRef } from './party.sql.ts';

/**
 * True when the tenant has the party. With lock, the row stays locked until the transaction
 * ends, so two replacements of one of its lists run one after the other.
 */
export async function reachParty(
  trx: Transaction<Database>,
  { tenantId, partyId }: PartyRef,
  { lock }: { lock: boolean },
): Promise<boolean> {
  const query = trx.selectFrom('party').select('id').where('tenantId', '=', tenantId).where('id', '=', partyId);
  return (await (lock ? query.forUpdate() : query).executeTakeFirst()) !== undefined;
}
