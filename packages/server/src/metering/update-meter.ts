import type { UpdateMeter } from '@utilis/contracts';
import { decideMeterChange, fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { withSavepoint } from '../db/index.ts';
import { findMeter } from './find-meter.ts';
import { isSerialClash } from './is-serial-clash.ts';
import { lockMeters, type MeterRecord, selectMasterChain, updateMeterRow } from './meter.sql.ts';
import { toMeterWithInstallations } from './meter-dto.ts';
import { selectMeterReadings } from './meter-reading.sql.ts';

type MeterChange = { meterId: string; changes: UpdateMeter };

/**
 * Changes a meter's registry data, its master meter or its stock status, as the domain allows:
 * kind and status only while it hangs nowhere, no loop of masters, fewer digits only if every
 * reading taken still fits.
 */
export const updateMeter = defineCommand<
  MeterChange,
  MeterRecord,
  | 'meter_not_found'
  | 'meter_cannot_be_its_own_master'
  | 'meter_serial_taken'
  | 'meter_still_installed'
  | 'reading_exceeds_register'
>({
  name: 'meter.update',
  entity: 'meter',
  permission: 'metering.edit',
  before: async ({ trx, tenant }, { meterId }) => {
    const meter = await findMeter(trx, { tenantId: tenant.id, meterId });
    return meter ? toMeterWithInstallations(meter) : null;
  },
  audited: toMeterWithInstallations,
  execute: async ({ trx, tenant, now }, { meterId, changes }) => {
    const tenantId = tenant.id;
    const [current] = await lockMeters(trx, tenantId, [meterId]);
    if (!current) return fail('meter_not_found');
    const masterChain = changes.parentMeterId
      ? await selectMasterChain(trx, { tenantId, parentMeterId: changes.parentMeterId })
      : [];
    const readings = changes.digits === undefined ? [] : await selectMeterReadings(trx, { tenantId, meterId });
    const decided = decideMeterChange({
      meterId,
      current,
      changes,
      masterChain,
      readingValues: readings.map((reading) => reading.value),
    });
    if (!decided.ok) return decided;
    try {
      // The unique index refuses a serial another meter holds, even one taken a moment ago.
      await withSavepoint(trx, () =>
        updateMeterRow(trx, {
          tenantId,
          meterId,
          changes: { ...changes, updatedAt: new Date(now().epochMilliseconds) },
        }),
      );
    } catch (error) {
      if (isSerialClash(error))
        return fail('meter_serial_taken', `Another meter already has the serial ${changes.serial}`);
      throw error;
    }
    const meter = await findMeter(trx, { tenantId, meterId });
    return meter ? ok(meter) : fail('meter_not_found');
  },
});
