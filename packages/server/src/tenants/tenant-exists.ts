import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** Whether a tenant with this id exists: grants and keys may name only one that does. */
export async function tenantExists(trx: Transaction<Database>, tenantId: string): Promise<boolean> {
  const row = await trx.selectFrom('tenant').select('id').where('id', '=', tenantId).executeTakeFirst();
  return row !== undefined;
}
