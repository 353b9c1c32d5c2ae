import type { Tenant } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { selectTenant } from './tenant.sql.ts';
import { toTenant } from './tenant-dto.ts';

/** A tenant by id, as every context receives it in a command's context. */
export async function findTenant(trx: Transaction<Database>, tenantId: string): Promise<Tenant | undefined> {
  const row = await selectTenant(trx, tenantId);
  return row && toTenant(row);
}
