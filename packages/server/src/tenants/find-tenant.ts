import type { Tenant } from '@utilis/contracts';
import type { UseCaseDeps } from '../deps.ts';
import { toTenant } from './tenant-dto.ts';

export async function findTenant({ db }: Pick<UseCaseDeps, 'db'>, tenantId: string): Promise<Tenant | undefined> {
  const row = await db.selectFrom('tenant').selectAll().where('id', '=', tenantId).executeTakeFirst();
  return row && toTenant(row);
}
