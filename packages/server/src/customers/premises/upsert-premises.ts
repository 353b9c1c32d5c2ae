import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';
import { updateChanged } from '../parties/update-changed.ts';

/** A premise as a file states it, keyed by its reference; `id` is used when it is new. */
export interface PremiseStated {
  readonly id: string;
  readonly reference: string;
  readonly parentPremiseId: string | null;
  readonly addressLine1: string;
  readonly addressLine2: string | null;
  readonly city: string;
  readonly postalCode: string | null;
  readonly country: string;
}

/** What a file may change of a stored premise. */
export type PremiseField = Exclude<keyof PremiseStated, 'id' | 'reference'>;

const columnOf: Record<PremiseField, string> = {
  parentPremiseId: 'parent_premise_id',
  addressLine1: 'address_line1',
  addressLine2: 'address_line2',
  city: 'city',
  postalCode: 'postal_code',
  country: 'country',
};

/**
 * Records the premises not stored yet and changes the given fields of stored ones, buildings in
 * the same statement as their units (foreign keys are checked at its end). Returns the premises
 * created or changed; one already equal is not returned.
 */
export async function upsertPremises(
  trx: Transaction<Database>,
  {
    tenantId,
    premises,
    changing,
    at,
  }: { tenantId: string; premises: readonly PremiseStated[]; changing: readonly PremiseField[]; at: Date },
): Promise<{ id: string; reference: string }[]> {
  if (premises.length === 0) return [];
  const column = <Key extends keyof PremiseStated>(key: Key) => premises.map((premise) => premise[key]);
  const result = await sql<{ id: string; reference: string }>`
    insert into premise (tenant_id, id, reference, parent_premise_id, address_line1, address_line2, city,
      postal_code, country, created_at, updated_at)
    select ${tenantId}::uuid, t.id, t.reference, t.parent_premise_id, t.address_line1, t.address_line2, t.city,
      t.postal_code, t.country, ${at}::timestamptz, ${at}::timestamptz
    from unnest(
      ${column('id')}::uuid[],
      ${column('reference')}::text[],
      ${column('parentPremiseId')}::uuid[],
      ${column('addressLine1')}::text[],
      ${column('addressLine2')}::text[],
      ${column('city')}::text[],
      ${column('postalCode')}::text[],
      ${column('country')}::text[]
    ) as t(id, reference, parent_premise_id, address_line1, address_line2, city, postal_code, country)
    on conflict (tenant_id, reference) where reference is not null
    ${updateChanged(
      'premise',
      changing.map((field) => columnOf[field]),
    )}
    returning id, reference`.execute(trx);
  return result.rows;
}
