import type { MeterReading } from '@utilis/contracts';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { toMeterReading } from './meter-dto.ts';

/** A meter's readings, oldest first; undefined when the tenant has no such meter. */
export async function listMeterReadings(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, meterId }: { tenantId: string; meterId: string },
): Promise<{ items: MeterReading[] } | undefined> {
  return withTenant(db, tenantId, async (trx) => {
    const meter = await trx
      .selectFrom('meter')
      .select('id')
      .where('tenantId', '=', tenantId)
      .where('id', '=', meterId)
      .executeTakeFirst();
    if (!meter) return undefined;
    const rows = await trx
      .selectFrom('meterReading')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('meterId', '=', meterId)
      .orderBy('readOn')
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
    return { items: rows.map(toMeterReading) };
  });
}
