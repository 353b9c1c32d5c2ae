import { type MoveReading, meterKinds } from '@utilis/contracts';
import { assignMoveReadings } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { selectMetersInstalledOn } from './meter-installation.sql.ts';
import { insertReadings } from './meter-reading.sql.ts';

/**
 * Stores the readings given with a move-in, move-out or transfer as readings of the meters
 * installed at the service point that day, on the caller's transaction (the agreement change
 * and its readings commit together). Which reading belongs to which meter, the domain decides
 * (assignMoveReadings); a reading that names no meter there stays only with the agreement change.
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
  const meters = await selectMetersInstalledOn(trx, { tenantId, servicePointId, on });
  const assigned = assignMoveReadings(meters, readings, meterKinds);
  await insertReadings(
    trx,
    assigned.map(({ meterId, value }) => ({
      tenantId,
      id: newId(),
      meterId,
      readOn: on,
      value,
      source: 'move' as const,
      createdAt: at,
    })),
  );
}
