import type { TenantGroup } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { toTenantGroup } from './tenant-dto.ts';
import type { TenantVisibility } from './visible-tenants.ts';

/** The tenant groups a principal holds a grant in (every group for deployment-wide grants). */
export async function listTenantGroups(
  trx: Transaction<Database>,
  visibility: TenantVisibility,
): Promise<TenantGroup[]> {
  if (!visibility.all && visibility.groupIds.length === 0) return [];
  let query = trx.selectFrom('tenantGroup').selectAll().orderBy('code');
  if (!visibility.all) query = query.where('id', 'in', visibility.groupIds);
  const rows = await query.execute();
  return rows.map(toTenantGroup);
}
