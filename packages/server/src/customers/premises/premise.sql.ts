import type { Insertable, Transaction, Updateable } from 'kysely';
import { type Database, withSavepoint } from '../../db/index.ts';
import { containsPattern } from '../../http/page-cursor.ts';
import { isReferenceClash } from './is-reference-clash.ts';
import type { PremiseRow, PremiseTable, ServicePointRow } from './premise.tables.ts';

export type PremiseRef = { tenantId: string; premiseId: string };

/** A premise of the tenant. With lock, its row stays locked until the transaction ends. */
export function selectPremise(
  trx: Transaction<Database>,
  { tenantId, premiseId }: PremiseRef,
  { lock = false }: { lock?: boolean } = {},
): Promise<PremiseRow | undefined> {
  const query = trx.selectFrom('premise').selectAll().where('tenantId', '=', tenantId).where('id', '=', premiseId);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
}

/** Premises by id, by first address line. */
export async function selectPremises(
  trx: Transaction<Database>,
  { tenantId, premiseIds }: { tenantId: string; premiseIds: readonly string[] },
): Promise<PremiseRow[]> {
  if (premiseIds.length === 0) return [];
  return trx
    .selectFrom('premise')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', 'in', [...premiseIds])
    .orderBy('addressLine1')
    .orderBy('id')
    .execute();
}

/** The building a premise is a unit of: null for none, undefined when the tenant has no such premise. */
export async function selectParentPremiseId(
  trx: Transaction<Database>,
  premise: PremiseRef,
): Promise<string | null | undefined> {
  const row = await trx
    .selectFrom('premise')
    .select('parentPremiseId')
    .where('tenantId', '=', premise.tenantId)
    .where('id', '=', premise.premiseId)
    .executeTakeFirst();
  return row?.parentPremiseId;
}

/** Newest first; text matches the address lines, the city, the postal code or the reference. One row more than the limit. */
export function selectPremisePage(
  trx: Transaction<Database>,
  filter: {
    tenantId: string;
    limit: number;
    beforeId?: string | undefined;
    text?: string | undefined;
    parentPremiseId?: string | undefined;
  },
): Promise<PremiseRow[]> {
  const { tenantId, limit, beforeId, text, parentPremiseId } = filter;
  let query = trx
    .selectFrom('premise')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (beforeId !== undefined) query = query.where('id', '<', beforeId);
  if (parentPremiseId !== undefined) query = query.where('parentPremiseId', '=', parentPremiseId);
  if (text) {
    const pattern = containsPattern(text);
    query = query.where((eb) =>
      eb.or([
        eb('addressLine1', 'ilike', pattern),
        eb('addressLine2', 'ilike', pattern),
        eb('city', 'ilike', pattern),
        eb('postalCode', 'ilike', pattern),
        eb('reference', 'ilike', pattern),
      ]),
    );
  }
  return query.execute();
}

/** Stores a premise; undefined when another premise of the tenant holds its reference (the unique index decides). */
export function insertPremise(
  trx: Transaction<Database>,
  values: Insertable<PremiseTable>,
): Promise<PremiseRow | undefined> {
  return trx
    .insertInto('premise')
    .values(values)
    .onConflict((conflict) =>
      conflict.columns(['tenantId', 'reference']).where('reference', 'is not', null).doNothing(),
    )
    .returningAll()
    .executeTakeFirst();
}

/** Changes a stored premise; undefined when another premise of the tenant holds the new reference. */
export async function updatePremiseRow(
  trx: Transaction<Database>,
  { tenantId, premiseId }: PremiseRef,
  changes: Updateable<PremiseTable>,
): Promise<PremiseRow | undefined> {
  const update = () =>
    trx
      .updateTable('premise')
      .set(changes)
      .where('tenantId', '=', tenantId)
      .where('id', '=', premiseId)
      .returningAll()
      .executeTakeFirstOrThrow();
  if (changes.reference === undefined || changes.reference === null) return update();
  // Only a new reference can clash; the savepoint keeps the transaction usable when it does.
  try {
    return await withSavepoint(trx, update);
  } catch (error) {
    if (isReferenceClash(error)) return undefined;
    throw error;
  }
}

/** A premise's service points, by kind. */
export const selectServicePointsOf = (
  trx: Transaction<Database>,
  { tenantId, premiseId }: PremiseRef,
): Promise<ServicePointRow[]> =>
  trx
    .selectFrom('servicePoint')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('premiseId', '=', premiseId)
    .orderBy('kind')
    .execute();

/** Service points by id, by kind. */
export async function selectServicePoints(
  trx: Transaction<Database>,
  { tenantId, servicePointIds }: { tenantId: string; servicePointIds: readonly string[] },
): Promise<ServicePointRow[]> {
  if (servicePointIds.length === 0) return [];
  return trx
    .selectFrom('servicePoint')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', 'in', [...servicePointIds])
    .orderBy('kind')
    .execute();
}

/** Stores a service point; undefined when the premise already has one of its kind. */
export function insertServicePoint(
  trx: Transaction<Database>,
  values: Pick<ServicePointRow, 'tenantId' | 'id' | 'premiseId' | 'kind' | 'createdAt'>,
): Promise<ServicePointRow | undefined> {
  return trx
    .insertInto('servicePoint')
    .values(values)
    .onConflict((conflict) => conflict.columns(['tenantId', 'premiseId', 'kind']).doNothing())
    .returningAll()
    .executeTakeFirst();
}
