import type { ContactChannel } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { PartyRef } from './party.sql.ts';
import type { PartyContactRow } from './party.tables.ts';

/** The fields of a contact a person edits: the value and the days consent was given and withdrawn. */
export interface PartyContactFields {
  channel: ContactChannel;
  value: string;
  serviceConsentGivenOn: string | null;
  serviceConsentWithdrawnOn: string | null;
  marketingConsentGivenOn: string | null;
  marketingConsentWithdrawnOn: string | null;
}

/** A party's contacts in the order recorded. */
export const selectPartyContacts = (
  trx: Transaction<Database>,
  { tenantId, partyId }: PartyRef,
): Promise<PartyContactRow[]> =>
  trx
    .selectFrom('partyContact')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('partyId', '=', partyId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

/** Applies a planned replacement of a party's contacts: removes, changes and adds rows. */
export async function writePartyContacts(
  trx: Transaction<Database>,
  { tenantId, partyId }: PartyRef,
  {
    changed,
    added,
    removedIds,
  }: {
    changed: readonly (PartyContactFields & { id: string })[];
    added: readonly PartyContactFields[];
    removedIds: readonly string[];
  },
  { at, newId }: { at: Date; newId: () => string },
): Promise<void> {
  if (removedIds.length > 0) {
    await trx
      .deleteFrom('partyContact')
      .where('tenantId', '=', tenantId)
      .where('id', 'in', [...removedIds])
      .execute();
  }
  for (const { id, ...fields } of changed) {
    await trx
      .updateTable('partyContact')
      .set({ ...fields, updatedAt: at })
      .where('tenantId', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }
  if (added.length > 0) {
    await trx
      .insertInto('partyContact')
      .values(added.map((fields) => ({ ...fields, tenantId, id: newId(), partyId, createdAt: at, updatedAt: at })))
      .execute();
  }
}
