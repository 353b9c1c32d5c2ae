import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';

/**
 * Adds service points in one statement. A premise that has one of the kind already is a conflict
 * the caller did not see (another writer's): the statement fails rather than skipping it.
 */
export async function addServicePointsInBulk(
  trx: Transaction<Database>,
  {
    tenantId,
    servicePoints,
    at,
  }: {
    tenantId: string;
    servicePoints: readonly { readonly id: string; readonly premiseId: string; readonly kind: string }[];
    at: Date;
  },
): Promise<{ id: string }[]> {
  if (servicePoints.length === 0) return [];
  const result = await sql<{ id: string }>`
    insert into service_point (tenant_id, id, premise_id, kind, created_at)
    select ${tenantId}::uuid, t.id, t.premise_id, t.kind, ${at}::timestamptz
    from unnest(
      ${servicePoints.map((point) => point.id)}::uuid[],
      ${servicePoints.map((point) => point.premiseId)}::uuid[],
      ${servicePoints.map((point) => point.kind)}::text[]
    ) as t(id, premise_id, kind)
    returning id`.execute(trx);
  return result.rows;
}
