import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { MeterReadingTable } from './meter.tables.ts';

/** Stores readings; nothing when there are none. */
export async function insertReadings(
  trx: Transaction<Database>,
  readings: readonly Insertable<MeterReadingTable>[],
): Promise<void> {
  if (readings.length > 0)
    await trx
      .insertInto('meterReading')
      .values([...readings])
      .execute();
}

/** A meter's readings, oldest first. */
export const selectMeterReadings = (
  trx: Transaction<Database>,
  { tenantId, meterId }: { tenantId: string; meterId: string },
) =>
  trx
    .selectFrom('meterReading')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('meterId', '=', meterId)
    .orderBy('readOn')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
