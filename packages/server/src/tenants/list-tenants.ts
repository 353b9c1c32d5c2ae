import type { Tenant } from '@utilis/contracts';
import type { UseCaseDeps } from '../deps.ts';
import { pageFrom } from '../http/page-cursor.ts';
import { toTenant } from './tenant-dto.ts';

/** Tenants in code order; afterCode is the last code of the previous page. */
export async function listTenants(
  { db }: Pick<UseCaseDeps, 'db'>,
  { limit, afterCode }: { limit: number; afterCode: string | undefined },
): Promise<{ items: Tenant[]; nextCursor: string | null }> {
  let query = db
    .selectFrom('tenant')
    .selectAll()
    .orderBy('code')
    .limit(limit + 1);
  if (afterCode !== undefined) query = query.where('code', '>', afterCode);
  return pageFrom(await query.execute(), { limit, toItem: toTenant, keyOf: (row) => row.code });
}
