import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';

// Deeper than any real building → unit → room chain; stops a corrupt loop from spinning.
const maxBuildingDepth = 64;

/**
 * The tenant's premises holding these references, and every building above them as stored (each
 * with its building's reference), so a caller can refuse a change that would close a loop.
 */
export async function premisesByReference(
  trx: Transaction<Database>,
  { tenantId, references }: { tenantId: string; references: readonly string[] },
): Promise<{ id: string; reference: string | null; parentReference: string | null }[]> {
  if (references.length === 0) return [];
  const result = await sql<{ id: string; reference: string | null; parentReference: string | null }>`
    with recursive chain (id, reference, parent_premise_id, depth) as (
      select id, reference, parent_premise_id, 0
      from premise where tenant_id = ${tenantId} and reference = any(${references}::text[])
      union
      select p.id, p.reference, p.parent_premise_id, chain.depth + 1
      from chain join premise p on p.tenant_id = ${tenantId} and p.id = chain.parent_premise_id
      where chain.depth < ${maxBuildingDepth}
    )
    -- Lateral: one index probe per premise, never a join over all the tenant's premises.
    select distinct chain.id, chain.reference, parent.reference as parent_reference
    from chain
    left join lateral (
      select reference from premise where tenant_id = ${tenantId} and id = chain.parent_premise_id limit 1
    ) parent on true`.execute(trx);
  return result.rows;
}
