import type { TenantGroup } from '@utilis/contracts';
import type { UseCaseDeps } from '../deps.ts';
import { toTenantGroup } from './tenant-dto.ts';

export async function listTenantGroups({ db }: Pick<UseCaseDeps, 'db'>): Promise<TenantGroup[]> {
  const rows = await db.selectFrom('tenantGroup').selectAll().orderBy('code').execute();
  return rows.map(toTenantGroup);
}
