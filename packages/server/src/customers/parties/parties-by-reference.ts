import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/index.ts';

/** The tenant's parties holding these references (a file's natural keys), in one query. */
export async function partiesByReference(
  trx: Transaction<Database>,
  { tenantId, references }: { tenantId: string; references: readonly string[] },
): Promise<{ id: string; reference: string; kind: 'person' | 'organisation' }[]> {
  if (references.length === 0) return [];
  const result = await sql<{ id: string; reference: string; kind: 'person' | 'organisation' }>`
    select id, reference, kind from party
    where tenant_id = ${tenantId} and reference = any(${references}::text[])`.execute(trx);
  return result.rows;
}
