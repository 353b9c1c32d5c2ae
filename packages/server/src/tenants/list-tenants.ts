import type { Tenant } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { pageFrom } from '../http/page-cursor.ts';
import { toTenant } from './tenant-dto.ts';
import type { TenantVisibility } from './visible-tenants.ts';

/** The tenants a principal can see, in code order; afterCode is the last code of the previous page. */
export async function listTenants(
  trx: Transaction<Database>,
  { limit, afterCode, visibility }: { limit: number; afterCode: string | undefined; visibility: TenantVisibility },
): Promise<{ items: Tenant[]; nextCursor: string | null }> {
  if (!visibility.all && visibility.tenantIds.length === 0 && visibility.groupIds.length === 0) {
    return { items: [], nextCursor: null };
  }
  let query = trx
    .selectFrom('tenant')
    .selectAll()
    .orderBy('code')
    .limit(limit + 1);
  if (afterCode !== undefined) query = query.where('code', '>', afterCode);
  if (!visibility.all) {
    const { tenantIds, groupIds } = visibility;
    query = query.where((eb) =>
      eb.or([
        ...(tenantIds.length ? [eb('id', 'in', tenantIds)] : []),
        ...(groupIds.length ? [eb('groupId', 'in', groupIds)] : []),
      ]),
    );
  }
  return pageFrom(await query.execute(), { limit, toItem: toTenant, keyOf: (row) => row.code });
}
