import type { Insertable, Transaction, Updateable } from 'kysely';
import { type Database, withSavepoint } from '../../db/index.ts';
import { containsPattern } from '../../http/page-cursor.ts';
import { isPartyReferenceClash } from './is-party-reference-clash.ts';
import type { PartyRow, PartyTable } from './party.tables.ts';

export type PartyRef = { tenantId: string; partyId: string };

/** A party of the tenant. With lock, its row stays locked until the transaction ends. */
export function selectParty(
  trx: Transaction<Database>,
  { tenantId, partyId }: PartyRef,
  { lock = false }: { lock?: boolean } = {},
): Promise<PartyRow | undefined> {
  const query = trx.selectFrom('party').selectAll().where('tenantId', '=', tenantId).where('id', '=', partyId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Newest first (ids are time-ordered UUIDv7), one more than the limit to tell whether a page follows. */
export function selectParties(
  trx: Transaction<Database>,
  {
    tenantId,
    limit,
    beforeId,
    nameContains,
  }: { tenantId: string; limit: number; beforeId?: string | undefined; nameContains?: string | undefined },
): Promise<PartyRow[]> {
  let query = trx
    .selectFrom('party')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (beforeId !== undefined) query = query.where('id', '<', beforeId);
  if (nameContains) query = query.where('displayName', 'ilike', containsPattern(nameContains));
  return query.execute();
}

/** True when a party of the tenant holds the reference. */
export async function isPartyReferenceTaken(
  trx: Transaction<Database>,
  { tenantId, reference }: { tenantId: string; reference: string },
): Promise<boolean> {
  const holder = await trx
    .selectFrom('party')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('reference', '=', reference)
    .executeTakeFirst();
  return holder !== undefined;
}

/** Stores a new party; undefined when another party of the tenant holds its reference (the unique index decides). */
export function insertParty(trx: Transaction<Database>, values: Insertable<PartyTable>): Promise<PartyRow | undefined> {
  return trx
    .insertInto('party')
    .values(values)
    .onConflict((conflict) =>
      conflict.columns(['tenantId', 'reference']).where('reference', 'is not', null).doNothing(),
    )
    .returningAll()
    .executeTakeFirst();
}

/** Changes a stored party; undefined when another party of the tenant holds the new reference. */
export async function updatePartyRow(
  trx: Transaction<Database>,
  { tenantId, partyId }: PartyRef,
  changes: Updateable<PartyTable>,
): Promise<PartyRow | undefined> {
  const update = () =>
    trx
      .updateTable('party')
      .set(changes)
      .where('tenantId', '=', tenantId)
      .where('id', '=', partyId)
      .returningAll()
      .executeTakeFirstOrThrow();
  if (changes.reference === undefined || changes.reference === null) return update();
  // Only a new reference can clash; the savepoint keeps the transaction usable when it does.
  try {
    return await withSavepoint(trx, update);
  } catch (error) {
    if (isPartyReferenceClash(error)) return undefined;
    throw error;
  }
}
