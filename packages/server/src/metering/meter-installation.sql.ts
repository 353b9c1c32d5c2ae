import type { InstallationSpan } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { updateMeterRow } from './meter.sql.ts';
import { insertReadings } from './meter-reading.sql.ts';

/**
 * The installations a decision about these meters at this service point depends on: every
 * installation of the meters and every installation at the service point, each in the register
 * of its meter's kind. Callers hold the row locks (service point first, then meters by id), so
 * two clerks cannot both fill one register or hang one meter twice.
 */
export const selectInstallationSpans = (
  trx: Transaction<Database>,
  { tenantId, servicePointId, meterIds }: { tenantId: string; servicePointId: string | null; meterIds: string[] },
): Promise<InstallationSpan[]> =>
  trx
    .selectFrom('meterInstallation')
    .innerJoin('meter', (join) =>
      join
        .onRef('meter.tenantId', '=', 'meterInstallation.tenantId')
        .onRef('meter.id', '=', 'meterInstallation.meterId'),
    )
    .select([
      'meterInstallation.id',
      'meterInstallation.meterId',
      'meterInstallation.servicePointId',
      'meter.kind as register',
      'meterInstallation.installedOn',
      'meterInstallation.removedOn',
    ])
    .where('meterInstallation.tenantId', '=', tenantId)
    .where((eb) =>
      eb.or([
        eb('meterInstallation.meterId', 'in', meterIds),
        ...(servicePointId === null ? [] : [eb('meterInstallation.servicePointId', '=', servicePointId)]),
      ]),
    )
    .orderBy('meterInstallation.installedOn')
    .execute();

/** Where a meter hangs now; undefined when it hangs nowhere. */
export const selectOpenInstallation = (
  trx: Transaction<Database>,
  { tenantId, meterId }: { tenantId: string; meterId: string },
) =>
  trx
    .selectFrom('meterInstallation')
    .select('servicePointId')
    .where('tenantId', '=', tenantId)
    .where('meterId', '=', meterId)
    .where('removedOn', 'is', null)
    .executeTakeFirst();

/** The meters installed at a service point on a day, each with its register. */
export const selectMetersInstalledOn = (
  trx: Transaction<Database>,
  { tenantId, servicePointId, on }: { tenantId: string; servicePointId: string; on: string },
) =>
  trx
    .selectFrom('meterInstallation')
    .innerJoin('meter', (join) =>
      join
        .onRef('meter.tenantId', '=', 'meterInstallation.tenantId')
        .onRef('meter.id', '=', 'meterInstallation.meterId'),
    )
    .select(['meter.id', 'meter.serial', 'meter.kind', 'meter.digits'])
    .where('meterInstallation.tenantId', '=', tenantId)
    .where('meterInstallation.servicePointId', '=', servicePointId)
    .where('meterInstallation.installedOn', '<=', on)
    .where((eb) => eb.or([eb('meterInstallation.removedOn', 'is', null), eb('meterInstallation.removedOn', '>', on)]))
    .execute();

interface Recorded {
  tenantId: string;
  on: string;
  reading: string;
  at: Date;
  newId: () => string;
}

/** Writes a decided installation: the installation from its day, its first reading, the meter installed. */
export async function writeInstallation(
  trx: Transaction<Database>,
  { tenantId, installed, on, reading, at, newId }: Recorded & { installed: Omit<InstallationSpan, 'id'> },
): Promise<void> {
  await trx
    .insertInto('meterInstallation')
    .values({
      tenantId,
      id: newId(),
      meterId: installed.meterId,
      servicePointId: installed.servicePointId,
      installedOn: on,
      removedOn: null,
      installReading: reading,
      removalReading: null,
    })
    .execute();
  await insertReadings(trx, [
    { tenantId, id: newId(), meterId: installed.meterId, readOn: on, value: reading, source: 'install', createdAt: at },
  ]);
  await updateMeterRow(trx, { tenantId, meterId: installed.meterId, changes: { status: 'installed', updatedAt: at } });
}

/** Writes a decided removal: the installation ended with its final reading, the meter out. */
export async function writeRemoval(
  trx: Transaction<Database>,
  { tenantId, removed, on, reading, at, newId }: Recorded & { removed: InstallationSpan },
): Promise<void> {
  await trx
    .updateTable('meterInstallation')
    .set({ removedOn: on, removalReading: reading })
    .where('tenantId', '=', tenantId)
    .where('id', '=', removed.id)
    .execute();
  await insertReadings(trx, [
    { tenantId, id: newId(), meterId: removed.meterId, readOn: on, value: reading, source: 'removal', createdAt: at },
  ]);
  await updateMeterRow(trx, { tenantId, meterId: removed.meterId, changes: { status: 'removed', updatedAt: at } });
}
