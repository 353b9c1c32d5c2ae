import type { CreateMeter, MeterWithInstallations } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { checkMasterMeter } from './check-master-meter.ts';
import { toMeter } from './meter-dto.ts';

/** Records a meter in stock; a sub-meter names its master meter as parentMeterId. */
export async function createMeter(
  { db, now, newId }: UseCaseDeps,
  { tenantId, input }: { tenantId: string; input: CreateMeter },
): Promise<
  Result<MeterWithInstallations, 'meter_not_found' | 'meter_cannot_be_its_own_master' | 'meter_serial_taken'>
> {
  const createdAt = new Date(now().epochMilliseconds);
  return withTenant(db, tenantId, async (trx) => {
    if (input.parentMeterId) {
      const master = await checkMasterMeter(trx, { tenantId, meterId: null, parentMeterId: input.parentMeterId });
      if (!master.ok) return master;
    }
    const row = await trx
      .insertInto('meter')
      .values({
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
      })
      .onConflict((conflict) => conflict.columns(['tenantId', 'serial']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) return fail('meter_serial_taken', `Another meter already has the serial ${input.serial}`);
    return ok({ ...toMeter({ ...row, servicePointId: null }), installations: [] });
  });
}
