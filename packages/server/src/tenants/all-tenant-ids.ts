import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** Every tenant's id: the chains an audit verification must find, even those holding no event. */
export async function allTenantIds(trx: Transaction<Database>): Promise<string[]> {
  const rows = await trx.selectFrom('tenant').select('id').orderBy('id').execute();
  return rows.map((row) => row.id);
}
