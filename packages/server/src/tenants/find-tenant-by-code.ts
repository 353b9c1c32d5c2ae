import type { Tenant } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { selectTenantByCode } from './tenant.sql.ts';
import { toTenant } from './tenant-dto.ts';

/** A tenant by its code, as the console names it (`utilis import --tenant aqua-nord`). */
export async function findTenantByCode(trx: Transaction<Database>, code: string): Promise<Tenant | undefined> {
  const row = await selectTenantByCode(trx, code);
  return row && toTenant(row);
}
