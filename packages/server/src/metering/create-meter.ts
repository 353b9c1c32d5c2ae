import type { CreateMeter } from '@utilis/contracts';
import { decideMasterMeter, fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { insertMeter, type MeterRecord, selectMasterChain } from './meter.sql.ts';
import { toMeterWithInstallations } from './meter-dto.ts';

/** Records a meter in stock; a sub-meter names its master meter as parentMeterId. */
export const createMeter = defineCommand<
  CreateMeter,
  MeterRecord,
  'meter_not_found' | 'meter_cannot_be_its_own_master' | 'meter_serial_taken'
>({
  name: 'meter.create',
  entity: 'meter',
  permission: 'metering.edit',
  audited: toMeterWithInstallations,
  execute: async ({ trx, tenant, now, newId }, input) => {
    const tenantId = tenant.id;
    if (input.parentMeterId) {
      const chain = await selectMasterChain(trx, { tenantId, parentMeterId: input.parentMeterId });
      const master = decideMasterMeter({ meterId: null, parentMeterId: input.parentMeterId, chain });
      if (!master.ok) return master;
    }
    const createdAt = new Date(now().epochMilliseconds);
    const row = await insertMeter(trx, {
      tenantId,
      id: newId(),
      serial: input.serial,
      kind: input.kind,
      unit: input.unit,
      digits: input.digits,
      multiplier: input.multiplier,
      size: input.size ?? null,
      calibrationDueOn: input.calibrationDueOn ?? null,
      status: 'in_stock',
      parentMeterId: input.parentMeterId ?? null,
      createdAt,
      updatedAt: createdAt,
    });
    if (!row) return fail('meter_serial_taken', `Another meter already has the serial ${input.serial}`);
    return ok({ ...row, servicePointId: null, installations: [] });
  },
});
