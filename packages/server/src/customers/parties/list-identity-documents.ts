import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { selectIdentityDocuments } from './identity-document.sql.ts';
import type { PartyRef } from './party.sql.ts';
import type { PartyIdentityDocumentRow } from './party.tables.ts';
import { reachParty } from './reach-party.ts';

/** The identity documents a party showed, expired ones included, in the order recorded; undefined without the party. */
export async function listIdentityDocuments(
  trx: Transaction<Database>,
  party: PartyRef,
  { lock = false }: { lock?: boolean } = {},
): Promise<PartyIdentityDocumentRow[] | undefined> {
  if (!(await reachParty(trx, party, { lock }))) return undefined;
  return selectIdentityDocuments(trx, party);
}
