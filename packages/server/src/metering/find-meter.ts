import type { MeterWithInstallations } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import { type Database, withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { toMeter, toMeterInstallation } from './meter-dto.ts';
import { selectMeters } from './select-meters.ts';

/** A meter with where it has been installed, oldest first, inside a transaction already open. */
export async function findMeterIn(
  trx: Transaction<Database>,
  { tenantId, meterId }: { tenantId: string; meterId: string },
): Promise<MeterWithInstallations | undefined> {
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
  return { ...toMeter(meter), installations: installations.map(toMeterInstallation) };
}

/** A meter with where it has been installed, oldest first. */
export const findMeter = ({ db }: Pick<UseCaseDeps, 'db'>, key: { tenantId: string; meterId: string }) =>
  withTenant(db, key.tenantId, (trx) => findMeterIn(trx, key));
