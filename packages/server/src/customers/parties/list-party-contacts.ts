import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { PartyRef } from './party.sql.ts';
import type { PartyContactRow } from './party.tables.ts';
import { selectPartyContacts } from './party-contact.sql.ts';
import { reachParty } from './reach-party.ts';

/** The ways to reach a party with the consents it gave, in the order recorded; undefined without the party. */
export async function listPartyContacts(
  trx: Transaction<Database>,
  party: PartyRef,
  { lock = false }: { lock?: boolean } = {},
): Promise<PartyContactRow[] | undefined> {
  if (!(await reachParty(trx, party, { lock }))) return undefined;
  return selectPartyContacts(trx, party);
}
