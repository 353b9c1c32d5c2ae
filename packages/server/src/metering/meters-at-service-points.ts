import type { OverviewMeter } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** Every installation at the service points, oldest first, with its meter's serial, kind and unit: what a customer's page shows. */
export async function metersAtServicePoints(
  trx: Transaction<Database>,
  { tenantId, servicePointIds }: { tenantId: string; servicePointIds: readonly string[] },
): Promise<OverviewMeter[]> {
  if (servicePointIds.length === 0) return [];
  const rows = await trx
    .selectFrom('meterInstallation')
    .innerJoin('meter', (join) =>
      join
        .onRef('meter.tenantId', '=', 'meterInstallation.tenantId')
        .onRef('meter.id', '=', 'meterInstallation.meterId'),
    )
    .select([
      'meterInstallation.id as installationId',
      'meterInstallation.meterId',
      'meter.serial',
      'meter.kind',
      'meter.unit',
      'meterInstallation.servicePointId',
      'meterInstallation.installedOn',
      'meterInstallation.removedOn',
      'meterInstallation.installReading',
      'meterInstallation.removalReading',
    ])
    .where('meterInstallation.tenantId', '=', tenantId)
    .where('meterInstallation.servicePointId', 'in', [...servicePointIds])
    .orderBy('meterInstallation.installedOn')
    .orderBy('meterInstallation.id')
    .execute();
  return rows;
}
