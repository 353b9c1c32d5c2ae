import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { type MeterRecord, selectMeters } from './meter.sql.ts';

/** A meter with where it has been installed, oldest first; undefined when the tenant has no such meter. */
export async function findMeter(
  trx: Transaction<Database>,
  { tenantId, meterId }: { tenantId: string; meterId: string },
): Promise<MeterRecord | undefined> {
  const meter = await selectMeters(trx, tenantId).where('meter.id', '=', meterId).executeTakeFirst();
  if (!meter) return undefined;
  const installations = await trx
    .selectFrom('meterInstallation')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('meterId', '=', meterId)
    .orderBy('installedOn')
    .orderBy('id')
    .execute();
  return { ...meter, installations };
}
