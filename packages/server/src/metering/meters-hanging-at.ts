import type { MeterKind } from '@utilis/contracts';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** A meter hanging at a service point now, with what it was installed with. */
export interface HangingMeter {
  readonly servicePointId: string;
  readonly serial: string;
  readonly kind: MeterKind;
  readonly unit: string;
  readonly digits: number;
  readonly multiplier: string;
  readonly installedOn: string;
  readonly installReading: string;
}

/** The meters hanging now at these service points, by serial. */
export async function metersHangingAt(
  trx: Transaction<Database>,
  { tenantId, servicePointIds }: { tenantId: string; servicePointIds: readonly string[] },
): Promise<HangingMeter[]> {
  if (servicePointIds.length === 0) return [];
  const result = await sql<HangingMeter>`
    select i.service_point_id, m.serial, m.kind, m.unit, m.digits, m.multiplier, i.installed_on, i.install_reading
    from meter_installation i
    join meter m on m.tenant_id = i.tenant_id and m.id = i.meter_id
    where i.tenant_id = ${tenantId} and i.service_point_id = any(${servicePointIds}::uuid[]) and i.removed_on is null
    order by m.serial`.execute(trx);
  return result.rows;
}
