import type { InstallMeter, MeterWithInstallations } from '@utilis/contracts';
import { decideInstallation, fail, meterKindFitsService, ok, type Result, readingFitsRegister } from '@utilis/domain';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { findMeterIn } from './find-meter.ts';
import { loadInstallationSpans, lockMeters, lockServicePoint } from './installation-spans.ts';

export type InstallError =
  | 'meter_not_found'
  | 'service_point_not_found'
  | 'meter_retired'
  | 'reading_exceeds_register'
  | 'meter_already_installed'
  | 'register_already_metered'
  | 'meter_kind_unfit';

/** Hangs a meter at a service point from a day, recording the register it showed then. */
export async function installMeter(
  { db, now, newId }: UseCaseDeps,
  { tenantId, meterId, input }: { tenantId: string; meterId: string; input: InstallMeter },
): Promise<Result<MeterWithInstallations, InstallError>> {
  const at = new Date(now().epochMilliseconds);
  return withTenant(db, tenantId, async (trx) => {
    const servicePoint = await lockServicePoint(trx, tenantId, input.servicePointId);
    if (!servicePoint) return fail('service_point_not_found');
    const [meter] = await lockMeters(trx, tenantId, [meterId]);
    if (!meter) return fail('meter_not_found');
    if (meter.status === 'retired') return fail('meter_retired');
    if (!meterKindFitsService(meter.kind, servicePoint.kind)) {
      return fail('meter_kind_unfit', `A ${meter.kind} meter cannot measure the ${servicePoint.kind} service`);
    }
    if (!readingFitsRegister(input.reading, meter.digits)) {
      return fail('reading_exceeds_register', `The register has ${meter.digits} digits before the point`);
    }
    const spans = await loadInstallationSpans(trx, {
      tenantId,
      servicePointId: input.servicePointId,
      meterIds: [meterId],
    });
    const decided = decideInstallation(spans, {
      meterId,
      servicePointId: input.servicePointId,
      register: meter.kind,
      on: input.on,
    });
    if (!decided.ok) return decided;
    await trx
      .insertInto('meterInstallation')
      .values({
        tenantId,
        id: newId(),
        meterId,
        servicePointId: input.servicePointId,
        installedOn: input.on,
        removedOn: null,
        installReading: input.reading,
        removalReading: null,
      })
      .execute();
    await trx
      .insertInto('meterReading')
      .values({
        tenantId,
        id: newId(),
        meterId,
        readOn: input.on,
        value: input.reading,
        source: 'install',
        createdAt: at,
      })
      .execute();
    await trx
      .updateTable('meter')
      .set({ status: 'installed', updatedAt: at })
      .where('tenantId', '=', tenantId)
      .where('id', '=', meterId)
      .execute();
    const installed = await findMeterIn(trx, { tenantId, meterId });
    return installed ? ok(installed) : fail('meter_not_found');
  });
}
