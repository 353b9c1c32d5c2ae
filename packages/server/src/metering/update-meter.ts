import type { MeterWithInstallations, UpdateMeter } from '@utilis/contracts';
import { fail, ok, type Result, readingFitsRegister } from '@utilis/domain';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { checkMasterMeter } from './check-master-meter.ts';
import { findMeterIn } from './find-meter.ts';
import { isSerialClash } from './is-serial-clash.ts';

type UpdateError =
  | 'meter_not_found'
  | 'meter_cannot_be_its_own_master'
  | 'meter_serial_taken'
  | 'meter_still_installed'
  | 'reading_exceeds_register';

/**
 * Changes a meter's registry data. Its kind (the register it occupies) and its stock status
 * change only while it hangs nowhere; fewer digits must still show every reading taken.
 */
export async function updateMeter(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  { tenantId, meterId, changes }: { tenantId: string; meterId: string; changes: UpdateMeter },
): Promise<Result<MeterWithInstallations, UpdateError>> {
  const taken = () => fail('meter_serial_taken', `Another meter already has the serial ${changes.serial}`);
  const write = withTenant(db, tenantId, async (trx) => {
    const current = await trx
      .selectFrom('meter')
      .select(['id', 'kind', 'status', 'digits'])
      .where('tenantId', '=', tenantId)
      .where('id', '=', meterId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return fail('meter_not_found');
    const isInstalled = current.status === 'installed';
    if (isInstalled && changes.status !== undefined) {
      return fail('meter_still_installed', 'Remove the meter before putting it in stock or retiring it');
    }
    if (isInstalled && changes.kind !== undefined && changes.kind !== current.kind) {
      return fail('meter_still_installed', 'Remove the meter before changing its kind');
    }
    if (changes.parentMeterId) {
      const master = await checkMasterMeter(trx, { tenantId, meterId, parentMeterId: changes.parentMeterId });
      if (!master.ok) return master;
    }
    if (changes.digits !== undefined && changes.digits < current.digits) {
      const digits = changes.digits;
      const readings = await trx
        .selectFrom('meterReading')
        .select('value')
        .where('tenantId', '=', tenantId)
        .where('meterId', '=', meterId)
        .execute();
      const unshown = readings.find((reading) => !readingFitsRegister(reading.value, digits));
      if (unshown)
        return fail('reading_exceeds_register', `The reading ${unshown.value} needs more than ${digits} digits`);
    }
    if (changes.serial) {
      const holder = await trx
        .selectFrom('meter')
        .select('id')
        .where('tenantId', '=', tenantId)
        .where('serial', '=', changes.serial)
        .where('id', '<>', meterId)
        .executeTakeFirst();
      if (holder) return taken();
    }
    await trx
      .updateTable('meter')
      .set({ ...changes, updatedAt: new Date(now().epochMilliseconds) })
      .where('tenantId', '=', tenantId)
      .where('id', '=', meterId)
      .execute();
    const meter = await findMeterIn(trx, { tenantId, meterId });
    return meter ? ok(meter) : fail('meter_not_found');
  });
  return write.catch((error: unknown) => {
    if (isSerialClash(error)) return taken();
    throw error;
  });
}
