import type { ServiceKind } from '@utilis/contracts';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';

/**
 * The service points of the premises holding these references, locked until the transaction ends
 * (in id order): as a move-in does, so no one changes their agreements or meters meanwhile.
 */
export async function servicePointsAtPremises(
  trx: Transaction<Database>,
  { tenantId, premiseReferences }: { tenantId: string; premiseReferences: readonly string[] },
): Promise<{ id: string; premiseId: string; premiseReference: string; kind: ServiceKind }[]> {
  if (premiseReferences.length === 0) return [];
  const result = await sql<{ id: string; premiseId: string; premiseReference: string; kind: ServiceKind }>`
    select sp.id, sp.premise_id, p.reference as premise_reference, sp.kind
    from premise p
    join service_point sp on sp.tenant_id = p.tenant_id and sp.premise_id = p.id
    where p.tenant_id = ${tenantId} and p.reference = any(${premiseReferences}::text[])
    order by sp.id
    for update of sp`.execute(trx);
  return result.rows;
}
