import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { type PartyRef, selectParty } from './party.sql.ts';
import type { PartyRow } from './party.tables.ts';

/** A party of the tenant, as stored. */
export const findParty = (trx: Transaction<Database>, party: PartyRef): Promise<PartyRow | undefined> =>
  selectParty(trx, party);
