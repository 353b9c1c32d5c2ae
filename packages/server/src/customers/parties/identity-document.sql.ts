import type { Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { PartyRef } from './party.sql.ts';
import type { PartyIdentityDocumentRow } from './party.tables.ts';

/** The fields of an identity document a person edits. */
export interface IdentityDocumentFields {
  kind: string;
  number: string;
  issuingCountry: string | null;
  issuedOn: string | null;
  validUntil: string | null;
}

/** A party's identity documents in the order recorded. */
export const selectIdentityDocuments = (
  trx: Transaction<Database>,
  { tenantId, partyId }: PartyRef,
): Promise<PartyIdentityDocumentRow[]> =>
  trx
    .selectFrom('partyIdentityDocument')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('partyId', '=', partyId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();

/** Applies a planned replacement of a party's documents: removes, changes and adds rows. */
export async function writeIdentityDocuments(
  trx: Transaction<Database>,
  { tenantId, partyId }: PartyRef,
  {
    changed,
    added,
    removedIds,
  }: {
    changed: readonly (IdentityDocumentFields & { id: string })[];
    added: readonly IdentityDocumentFields[];
    removedIds: readonly string[];
  },
  { at, newId }: { at: Date; newId: () => string },
): Promise<void> {
  if (removedIds.length > 0) {
    await trx
      .deleteFrom('partyIdentityDocument')
      .where('tenantId', '=', tenantId)
      .where('id', 'in', [...removedIds])
      .execute();
  }
  for (const { id, ...fields } of changed) {
    await trx
      .updateTable('partyIdentityDocument')
      .set({ ...fields, updatedAt: at })
      .where('tenantId', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }
  if (added.length > 0) {
    await trx
      .insertInto('partyIdentityDocument')
      .values(added.map((fields) => ({ ...fields, tenantId, id: newId(), partyId, createdAt: at, updatedAt: at })))
      .execute();
  }
}
