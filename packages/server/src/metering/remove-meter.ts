import type { MeterWithInstallations, RemoveMeter } from '@utilis/contracts';
import { decideRemoval, fail, type InstallationSpan, ok, type Result, readingFitsRegister } from '@utilis/domain';
import type { Transaction } from 'kysely';
import { type Database, withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { findMeterIn } from './find-meter.ts';
import { loadInstallationSpans, lockMeters } from './installation-spans.ts';

export type RemoveError =
  | 'meter_not_found'
  | 'meter_not_installed'
  | 'meter_removed_before_installed'
  | 'reading_exceeds_register';

/** Writes a decided removal: the installation ended with its final reading, the meter out. */
export async function writeRemoval(
  trx: Transaction<Database>,
  {
    tenantId,
    removed,
    on,
    reading,
    at,
    newId,
  }: {
    tenantId: string;
    removed: InstallationSpan;
    on: string;
    reading: string;
    at: Date;
    newId: () => string;
  },
): Promise<void> {
  await trx
    .updateTable('meterInstallation')
    .set({ removedOn: on, removalReading: reading })
    .where('tenantId', '=', tenantId)
    .where('id', '=', removed.id)
    .execute();
  await trx
    .insertInto('meterReading')
    .values({
      tenantId,
      id: newId(),
      meterId: removed.meterId,
      readOn: on,
      value: reading,
      source: 'removal',
      createdAt: at,
    })
    .execute();
  await trx
    .updateTable('meter')
    .set({ status: 'removed', updatedAt: at })
    .where('tenantId', '=', tenantId)
    .where('id', '=', removed.meterId)
    .execute();
}

/** Takes a meter down on a day with its final register value. */
export async function removeMeter(
  { db, now, newId }: UseCaseDeps,
  { tenantId, meterId, input }: { tenantId: string; meterId: string; input: RemoveMeter },
): Promise<Result<MeterWithInstallations, RemoveError>> {
  const at = new Date(now().epochMilliseconds);
  return withTenant(db, tenantId, async (trx) => {
    const [meter] = await lockMeters(trx, tenantId, [meterId]);
    if (!meter) return fail('meter_not_found');
    if (!readingFitsRegister(input.reading, meter.digits)) {
      return fail('reading_exceeds_register', `The register has ${meter.digits} digits before the point`);
    }
    const spans = await loadInstallationSpans(trx, { tenantId, servicePointId: null, meterIds: [meterId] });
    const decided = decideRemoval(spans, { meterId, on: input.on });
    if (!decided.ok) return decided;
    await writeRemoval(trx, { tenantId, removed: decided.value, on: input.on, reading: input.reading, at, newId });
    const removed = await findMeterIn(trx, { tenantId, meterId });
    return removed ? ok(removed) : fail('meter_not_found');
  });
}
