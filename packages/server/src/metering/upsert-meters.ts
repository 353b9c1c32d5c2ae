import { type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** A meter as a file states it, keyed by its serial; `id` is used when it is new. */
export interface MeterStated {
  readonly id: string;
  readonly serial: string;
  readonly kind: string;
  readonly unit: string;
  readonly digits: number;
  /** Exact decimal text. */
  readonly multiplier: string;
  /** The status a new meter is recorded with: installed when it is installed in the same transaction. */
  readonly status: 'in_stock' | 'installed';
}

/** What a file may change of a stored meter (the caller has checked its kind may change). */
export type MeterField = Exclude<keyof MeterStated, 'id' | 'serial' | 'status'>;

/**
 * Records the meters not stored yet and changes the
 * given fields of stored ones, in one statement. Returns the meters created or changed; one
 * already equal is not returned.
 */
export async function upsertMeters(
  trx: Transaction<Database>,
  {
    tenantId,
    meters,
    changing,
    at,
  }: { tenantId: string; meters: readonly MeterStated[]; changing: readonly MeterField[]; at: Date },
): Promise<{ id: string; serial: string }[]> {
  if (meters.length === 0) return [];
  const column = <Key extends keyof MeterStated>(key: Key) => meters.map((meter) => meter[key]);
  const result = await sql<{ id: string; serial: string }>`
    insert into meter (tenant_id, id, serial, kind, unit, digits, multiplier, status, created_at, updated_at)
    select ${tenantId}::uuid, t.id, t.serial, t.kind, t.unit, t.digits, t.multiplier, t.status,
      ${at}::timestamptz, ${at}::timestamptz
    from unnest(
      ${column('id')}::uuid[],
      ${column('serial')}::text[],
      ${column('kind')}::text[],
      ${column('unit')}::text[],
      ${column('digits')}::int[],
      ${column('multiplier')}::numeric[],
      ${column('status')}::text[]
    ) as t(id, serial, kind, unit, digits, multiplier, status)
    on conflict (tenant_id, serial)
    ${updateChanged(changing)}
    returning id, serial`.execute(trx);
  return result.rows;
}

// A meter equal to the stored one is left alone, and not returned.
function updateChanged(changing: readonly MeterField[]): RawBuilder<unknown> {
  if (changing.length === 0) return sql`do nothing`;
  const assignments = changing.map((column) => sql`${sql.ref(column)} = excluded.${sql.ref(column)}`);
  const stored = changing.map((column) => sql`meter.${sql.ref(column)}`);
  const incoming = changing.map((column) => sql`excluded.${sql.ref(column)}`);
  return sql`do update set ${sql.join(assignments)}, updated_at = excluded.updated_at
    where (${sql.join(stored)}) is distinct from (${sql.join(incoming)})`;
}
