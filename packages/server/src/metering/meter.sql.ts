import { maxMasterDepth } from '@utilis/domain';
import { type Insertable, sql, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../db/index.ts';
import type { MeterInstallationRow, MeterRow, MeterTable } from './meter.tables.ts';

/** A meter with the service point it hangs at now (null when it hangs nowhere). */
export type HangingMeterRow = MeterRow & { servicePointId: string | null };

/** A meter with where it has been installed, oldest first: what the meter commands return. */
export type MeterRecord = HangingMeterRow & { installations: readonly MeterInstallationRow[] };

/** Meters with the service point each hangs at now. */
export const selectMeters = (trx: Transaction<Database>, tenantId: string) =>
  trx
    .selectFrom('meter')
    .leftJoin('meterInstallation as hanging', (join) =>
      join
        .onRef('hanging.tenantId', '=', 'meter.tenantId')
        .onRef('hanging.meterId', '=', 'meter.id')
        .on('hanging.removedOn', 'is', null),
    )
    .selectAll('meter')
    .select('hanging.servicePointId')
    .where('meter.tenantId', '=', tenantId);

/** Stores a new meter; undefined when another meter of the tenant holds its serial. */
export const insertMeter = (trx: Transaction<Database>, meter: Insertable<MeterTable>) =>
  trx
    .insertInto('meter')
    .values(meter)
    .onConflict((conflict) => conflict.columns(['tenantId', 'serial']).doNothing())
    .returningAll()
    .executeTakeFirst();

export const updateMeterRow = (
  trx: Transaction<Database>,
  { tenantId, meterId, changes }: { tenantId: string; meterId: string; changes: Updateable<MeterTable> },
) => trx.updateTable('meter').set(changes).where('tenantId', '=', tenantId).where('id', '=', meterId).execute();

/** Locks meter rows in id order (one order everywhere: no deadlock between two exchanges). */
export const lockMeters = (trx: Transaction<Database>, tenantId: string, meterIds: readonly string[]) =>
  trx
    .selectFrom('meter')
    .select(['id', 'kind', 'status', 'digits'])
    .where('tenantId', '=', tenantId)
    .where('id', 'in', [...meterIds])
    .orderBy('id')
    .forUpdate()
    .execute();

/**
 * A master meter and its masters upward, nearest first: empty when there is no such meter,
 * and cut after maxMasterDepth + 2 meters, so a loop already in the data cannot spin forever.
 */
export async function selectMasterChain(
  trx: Transaction<Database>,
  { tenantId, parentMeterId }: { tenantId: string; parentMeterId: string },
): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive chain (id, parent_meter_id, depth) as (
      select id, parent_meter_id, 1 from meter where tenant_id = ${tenantId} and id = ${parentMeterId}
      union all
      select master.id, master.parent_meter_id, chain.depth + 1
      from chain join meter master on master.tenant_id = ${tenantId} and master.id = chain.parent_meter_id
      where chain.depth < ${maxMasterDepth + 2}
    )
    select id from chain order by depth`.execute(trx);
  return rows.map((row) => row.id);
}
