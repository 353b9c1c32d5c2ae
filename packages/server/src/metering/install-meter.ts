import type { InstallMeter } from '@utilis/contracts';
import { decideInstallation, fail, meterKindFitsService, ok, readingFitsRegister } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { lockServicePoint } from '../customers/premises/index.ts';
import { findMeter } from './find-meter.ts';
import { lockMeters, type MeterRecord } from './meter.sql.ts';
import { toMeterWithInstallations } from './meter-dto.ts';
import { selectInstallationSpans, writeInstallation } from './meter-installation.sql.ts';

export type InstallError =
  | 'meter_not_found'
  | 'service_point_not_found'
  | 'meter_retired'
  | 'reading_exceeds_register'
  | 'meter_already_installed'
  | 'register_already_metered'
  | 'meter_kind_unfit';

/** Hangs a meter at a service point from a day, recording the register it showed then. */
export const installMeter = defineCommand<InstallMeter & { meterId: string }, MeterRecord, InstallError>({
  name: 'meter.install',
  entity: 'meter',
  permission: 'metering.edit',
  entityId: ({ meterId }) => meterId,
  before: async ({ trx, tenant }, { meterId }) => {
    const meter = await findMeter(trx, { tenantId: tenant.id, meterId });
    return meter ? toMeterWithInstallations(meter) : null;
  },
  audited: toMeterWithInstallations,
  execute: async ({ trx, tenant, now, newId }, { meterId, servicePointId, on, reading }) => {
    const tenantId = tenant.id;
    // Service point first, then meters by id: the one lock order of every metering command.
    const servicePoint = await lockServicePoint(trx, { tenantId, servicePointId });
    if (!servicePoint) return fail('service_point_not_found');
    const [meter] = await lockMeters(trx, tenantId, [meterId]);
    if (!meter) return fail('meter_not_found');
    if (meter.status === 'retired') return fail('meter_retired');
    if (!meterKindFitsService(meter.kind, servicePoint.kind)) {
      return fail('meter_kind_unfit', `A ${meter.kind} meter cannot measure the ${servicePoint.kind} service`);
    }
    if (!readingFitsRegister(reading, meter.digits)) {
      return fail('reading_exceeds_register', `The register has ${meter.digits} digits before the point`);
    }
    const spans = await selectInstallationSpans(trx, { tenantId, servicePointId, meterIds: [meterId] });
    const decided = decideInstallation(spans, { meterId, servicePointId, register: meter.kind, on });
    if (!decided.ok) return decided;
    const at = new Date(now().epochMilliseconds);
    await writeInstallation(trx, { tenantId, installed: decided.value, on, reading, at, newId });
    const installed = await findMeter(trx, { tenantId, meterId });
    return installed ? ok(installed) : fail('meter_not_found');
  },
});
