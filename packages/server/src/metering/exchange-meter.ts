import type { ExchangeMeter, MeterExchange } from '@utilis/contracts';
import { decideExchange, fail, meterKindFitsService, ok, type Result, readingFitsRegister } from '@utilis/domain';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { findMeterIn } from './find-meter.ts';
import type { InstallError } from './install-meter.ts';
import { loadInstallationSpans, lockMeters, lockServicePoint } from './installation-spans.ts';
import { type RemoveError, writeRemoval } from './remove-meter.ts';

/**
 * Replaces a meter in one transaction: the old meter removed on a day with its final reading
 * and the new one installed at the same service point that same day with its first reading.
 * Either both happen or neither, so the register is never left unmetered between two requests.
 */
export async function exchangeMeter(
  { db, now, newId }: UseCaseDeps,
  { tenantId, meterId, input }: { tenantId: string; meterId: string; input: ExchangeMeter },
): Promise<Result<MeterExchange, InstallError | RemoveError>> {
  const at = new Date(now().epochMilliseconds);
  if (input.newMeterId === meterId) return fail('meter_already_installed', 'A meter cannot replace itself');
  return withTenant(db, tenantId, async (trx) => {
    // Where the old meter hangs decides which service point to lock; checked again under the locks.
    const hanging = await trx
      .selectFrom('meterInstallation')
      .select('servicePointId')
      .where('tenantId', '=', tenantId)
      .where('meterId', '=', meterId)
      .where('removedOn', 'is', null)
      .executeTakeFirst();
    const servicePoint = hanging && (await lockServicePoint(trx, tenantId, hanging.servicePointId));
    if (hanging && !servicePoint) return fail('service_point_not_found');
    const meters = await lockMeters(trx, tenantId, [meterId, input.newMeterId]);
    const old = meters.find((meter) => meter.id === meterId);
    const fresh = meters.find((meter) => meter.id === input.newMeterId);
    if (!old) return fail('meter_not_found');
    if (!fresh) return fail('meter_not_found', `No meter ${input.newMeterId} to install`);
    if (!hanging) return fail('meter_not_installed', 'The meter is not installed anywhere');
    if (fresh.status === 'retired') return fail('meter_retired', 'The new meter is retired');
    if (servicePoint && !meterKindFitsService(fresh.kind, servicePoint.kind)) {
      return fail('meter_kind_unfit', `A ${fresh.kind} meter cannot measure the ${servicePoint.kind} service`);
    }
    if (!readingFitsRegister(input.removalReading, old.digits)) {
      return fail('reading_exceeds_register', `The old register has ${old.digits} digits before the point`);
    }
    if (!readingFitsRegister(input.installReading, fresh.digits)) {
      return fail('reading_exceeds_register', `The new register has ${fresh.digits} digits before the point`);
    }
    const spans = await loadInstallationSpans(trx, {
      tenantId,
      servicePointId: hanging.servicePointId,
      meterIds: [meterId, input.newMeterId],
    });
    const decided = decideExchange(spans, {
      oldMeterId: meterId,
      newMeterId: input.newMeterId,
      register: fresh.kind,
      on: input.on,
    });
    if (!decided.ok) return decided;
    const { removed, installed } = decided.value;
    await writeRemoval(trx, { tenantId, removed, on: input.on, reading: input.removalReading, at, newId });
    await trx
      .insertInto('meterInstallation')
      .values({
        tenantId,
        id: newId(),
        meterId: installed.meterId,
        servicePointId: installed.servicePointId,
        installedOn: input.on,
        removedOn: null,
        installReading: input.installReading,
        removalReading: null,
      })
      .execute();
    await trx
      .insertInto('meterReading')
      .values({
        tenantId,
        id: newId(),
        meterId: installed.meterId,
        readOn: input.on,
        value: input.installReading,
        source: 'install',
        createdAt: at,
      })
      .execute();
    await trx
      .updateTable('meter')
      .set({ status: 'installed', updatedAt: at })
      .where('tenantId', '=', tenantId)
      .where('id', '=', installed.meterId)
      .execute();
    const removedMeter = await findMeterIn(trx, { tenantId, meterId });
    const installedMeter = await findMeterIn(trx, { tenantId, meterId: input.newMeterId });
    if (!removedMeter || !installedMeter) return fail('meter_not_found');
    return ok({ removed: removedMeter, installed: installedMeter });
  });
}
