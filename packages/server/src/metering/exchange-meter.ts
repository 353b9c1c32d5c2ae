import type { ExchangeMeter } from '@utilis/contracts';
import { decideExchange, fail, meterKindFitsService, ok, readingFitsRegister } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { lockServicePoint } from '../customers/premises/index.ts';
import { findMeter } from './find-meter.ts';
import type { InstallError } from './install-meter.ts';
import { lockMeters } from './meter.sql.ts';
import { type MetersExchanged, toMeterExchange, toMeterWithInstallations } from './meter-dto.ts';
import {
  selectInstallationSpans,
  selectOpenInstallation,
  writeInstallation,
  writeRemoval,
} from './meter-installation.sql.ts';
import type { RemoveError } from './remove-meter.ts';

/**
 * Replaces a meter in one command: the old meter removed on a day with its final reading and
 * the new one installed at the same service point that same day with its first reading. Either
 * both happen or neither, so the register is never left unmetered between two requests.
 */
export const exchangeMeter = defineCommand<
  ExchangeMeter & { meterId: string },
  MetersExchanged,
  InstallError | RemoveError
>({
  name: 'meter.exchange',
  entity: 'meter',
  permission: 'metering.edit',
  entityId: ({ meterId }) => meterId,
  before: async ({ trx, tenant }, { meterId }) => {
    const meter = await findMeter(trx, { tenantId: tenant.id, meterId });
    return meter ? toMeterWithInstallations(meter) : null;
  },
  audited: toMeterExchange,
  execute: async ({ trx, tenant, now, newId }, { meterId, newMeterId, on, removalReading, installReading }) => {
    const tenantId = tenant.id;
    if (newMeterId === meterId) return fail('meter_already_installed', 'A meter cannot replace itself');
    // Where the old meter hangs decides which service point to lock; checked again under the locks.
    const hanging = await selectOpenInstallation(trx, { tenantId, meterId });
    const servicePoint = hanging && (await lockServicePoint(trx, { tenantId, servicePointId: hanging.servicePointId }));
    if (hanging && !servicePoint) return fail('service_point_not_found');
    const meters = await lockMeters(trx, tenantId, [meterId, newMeterId]);
    const old = meters.find((meter) => meter.id === meterId);
    const fresh = meters.find((meter) => meter.id === newMeterId);
    if (!old) return fail('meter_not_found');
    if (!fresh) return fail('meter_not_found', `No meter ${newMeterId} to install`);
    if (!hanging) return fail('meter_not_installed', 'The meter is not installed anywhere');
    if (fresh.status === 'retired') return fail('meter_retired', 'The new meter is retired');
    if (servicePoint && !meterKindFitsService(fresh.kind, servicePoint.kind)) {
      return fail('meter_kind_unfit', `A ${fresh.kind} meter cannot measure the ${servicePoint.kind} service`);
    }
    if (!readingFitsRegister(removalReading, old.digits)) {
      return fail('reading_exceeds_register', `The old register has ${old.digits} digits before the point`);
    }
    if (!readingFitsRegister(installReading, fresh.digits)) {
      return fail('reading_exceeds_register', `The new register has ${fresh.digits} digits before the point`);
    }
    const spans = await selectInstallationSpans(trx, {
      tenantId,
      servicePointId: hanging.servicePointId,
      meterIds: [meterId, newMeterId],
    });
    const decided = decideExchange(spans, { oldMeterId: meterId, newMeterId, register: fresh.kind, on });
    if (!decided.ok) return decided;
    const at = new Date(now().epochMilliseconds);
    await writeRemoval(trx, { tenantId, removed: decided.value.removed, on, reading: removalReading, at, newId });
    await writeInstallation(trx, {
      tenantId,
      installed: decided.value.installed,
      on,
      reading: installReading,
      at,
      newId,
    });
    const removed = await findMeter(trx, { tenantId, meterId });
    const installed = await findMeter(trx, { tenantId, meterId: newMeterId });
    if (!removed || !installed) return fail('meter_not_found');
    return ok({ removed, installed });
  },
});
