import { type MoveReading, meterKinds } from '@utilis/contracts';
import { readingFitsRegister } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

const isMeterKind = (register: string) => (meterKinds as readonly string[]).includes(register);

/**
 * Stores the readings given with a move-in, move-out or transfer as readings of the meters
 * installed at the service point that day. A reading's register names a meter by serial or by
 * kind; with one meter installed, a register naming no kind ("main", "T1") is that meter's.
 * A reading that names no meter there, or that the meter's register cannot show, stays only
 * with the agreement change.
 */
export async function recordMoveReadings(
  trx: Transaction<Database>,
  {
    tenantId,
    servicePointId,
    on,
    readings,
    at,
    newId,
  }: {
    tenantId: string;
    servicePointId: string;
    on: string;
    readings: readonly MoveReading[];
    at: Date;
    newId: () => string;
  },
): Promise<void> {
  if (readings.length === 0) return;
  const meters = await trx
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
  const rows = readings.flatMap((reading) => {
    const meter =
      meters.find((each) => each.serial === reading.register) ??
      meters.find((each) => each.kind === reading.register) ??
      (meters.length === 1 && !isMeterKind(reading.register) ? meters[0] : undefined);
    if (!meter || !readingFitsRegister(reading.value, meter.digits)) return [];
    return [
      {
        tenantId,
        id: newId(),
        meterId: meter.id,
        readOn: on,
        value: reading.value,
        source: 'move' as const,
        createdAt: at,
      },
    ];
  });
  if (rows.length > 0) await trx.insertInto('meterReading').values(rows).execute();
}
