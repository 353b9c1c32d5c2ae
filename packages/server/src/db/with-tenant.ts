import { type IsolationLevel, type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './database.ts';
import { tenantSetting } from './role.ts';

/**
 * Runs work in one transaction bound to a tenant: row-level security shows and accepts only
 * that tenant's rows, whatever the queries inside forget to filter.
 */
export async function withTenant<T>(
  db: Kysely<Database>,
  tenantId: string,
  work: (trx: Transaction<Database>) => Promise<T>,
  { isolationLevel }: { isolationLevel?: IsolationLevel } = {},
): Promise<T> {
  const transaction = isolationLevel ? db.transaction().setIsolationLevel(isolationLevel) : db.transaction();
  return transaction.execute(async (trx) => {
    await sql`select set_config(${tenantSetting}, ${tenantId}, true)`.execute(trx);
    return work(trx);
  });
}
