import type { MeterKind, MeterStatus } from '@utilis/contracts';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/**
 * The tenant's meters holding these serials, locked until the transaction ends (in id order, after
 * the service points, as an installation locks them), so none is installed or changed meanwhile.
 */
export async function metersBySerial(
  trx: Transaction<Database>,
  { tenantId, serials }: { tenantId: string; serials: readonly string[] },
): Promise<{ id: string; serial: string; kind: MeterKind; digits: number; status: MeterStatus }[]> {
  if (serials.length === 0) return [];
  const result = await sql<{ id: string; serial: string; kind: MeterKind; digits: number; status: MeterStatus }>`
    select id, serial, kind, digits, status from meter
    where tenant_id = ${tenantId} and serial = any(${serials}::text[])
    order by id
    for update`.execute(trx);
  return result.rows;
}
