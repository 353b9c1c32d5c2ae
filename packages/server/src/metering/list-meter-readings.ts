import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { MeterReadingRow } from './meter.tables.ts';
import { selectMeterReadings } from './meter-reading.sql.ts';

/** A meter's readings, oldest first; undefined when the tenant has no such meter. */
export async function listMeterReadings(
  trx: Transaction<Database>,
  { tenantId, meterId }: { tenantId: string; meterId: string },
): Promise<MeterReadingRow[] | undefined> {
  const meter = await trx
    .selectFrom('meter')
    .select('id')
    .where('tenantId', '=', tenantId)
    .where('id', '=', meterId)
    .executeTakeFirst();
  return meter && selectMeterReadings(trx, { tenantId, meterId });
}
