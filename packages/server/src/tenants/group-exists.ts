import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** Whether a tenant group with this id exists. */
export async function groupExists(trx: Transaction<Database>, groupId: string): Promise<boolean> {
  const row = await trx.selectFrom('tenantGroup').select('id').where('id', '=', groupId).executeTakeFirst();
  return row !== undefined;
}
