import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** The largest reading each of these meters has given (exact decimal text); a meter without any is left out. */
export async function largestReadings(
  trx: Transaction<Database>,
  { tenantId, meterIds }: { tenantId: string; meterIds: readonly string[] },
): Promise<{ meterId: string; value: string }[]> {
  if (meterIds.length === 0) return [];
  const result = await sql<{ meterId: string; value: string }>`
    select meter_id, max(value) as value from meter_reading
    where tenant_id = ${tenantId} and meter_id = any(${meterIds}::uuid[])
    group by meter_id`.execute(trx);
  return result.rows;
}
