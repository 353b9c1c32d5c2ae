import type { RemoveMeter } from '@utilis/contracts';
import { decideRemoval, fail, ok, readingFitsRegister } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { findMeter } from './find-meter.ts';
import { lockMeters, type MeterRecord } from './meter.sql.ts';
import { toMeterWithInstallations } from './meter-dto.ts';
import { selectInstallationSpans, writeRemoval } from './meter-installation.sql.ts';

export type RemoveError =
  | 'meter_not_found'
  | 'meter_not_installed'
  | 'meter_removed_before_installed'
  | 'reading_exceeds_register';

/** Takes a meter down on a day with its final register value. */
export const removeMeter = defineCommand<RemoveMeter & { meterId: string }, MeterRecord, RemoveError>({
  name: 'meter.remove',
  entity: 'meter',
  permission: 'metering.edit',
  entityId: ({ meterId }) => meterId,
  before: async ({ trx, tenant }, { meterId }) => {
    const meter = await findMeter(trx, { tenantId: tenant.id, meterId });
    return meter ? toMeterWithInstallations(meter) : null;
  },
  audited: toMeterWithInstallations,
  execute: async ({ trx, tenant, now, newId }, { meterId, on, reading }) => {
    const tenantId = tenant.id;
    const [meter] = await lockMeters(trx, tenantId, [meterId]);
    if (!meter) return fail('meter_not_found');
    if (!readingFitsRegister(reading, meter.digits)) {
      return fail('reading_exceeds_register', `The register has ${meter.digits} digits before the point`);
    }
    const spans = await selectInstallationSpans(trx, { tenantId, servicePointId: null, meterIds: [meterId] });
    const decided = decideRemoval(spans, { meterId, on });
    if (!decided.ok) return decided;
    const at = new Date(now().epochMilliseconds);
    await writeRemoval(trx, { tenantId, removed: decided.value, on, reading, at, newId });
    const removed = await findMeter(trx, { tenantId, meterId });
    return removed ? ok(removed) : fail('meter_not_found');
  },
});
