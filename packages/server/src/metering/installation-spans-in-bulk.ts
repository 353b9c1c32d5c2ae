import type { InstallationSpan } from '@utilis/domain';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/**
 * Every installation of these meters and at these service points, each in the register of its
 * meter's kind and with its meter's serial: what `decideInstallation` needs for a batch of them.
 * Callers hold the locks (service points, then meters).
 */
export async function installationSpansInBulk(
  trx: Transaction<Database>,
  {
    tenantId,
    meterIds,
    servicePointIds,
  }: { tenantId: string; meterIds: readonly string[]; servicePointIds: readonly string[] },
): Promise<(InstallationSpan & { serial: string })[]> {
  if (meterIds.length === 0 && servicePointIds.length === 0) return [];
  const result = await sql<InstallationSpan & { serial: string }>`
    select i.id, i.meter_id, m.serial, i.service_point_id, m.kind as register, i.installed_on, i.removed_on
    from meter_installation i
    join meter m on m.tenant_id = i.tenant_id and m.id = i.meter_id
    where i.tenant_id = ${tenantId}
      and (i.meter_id = any(${meterIds}::uuid[]) or i.service_point_id = any(${servicePointIds}::uuid[]))
    order by i.installed_on`.execute(trx);
  return result.rows;
}
