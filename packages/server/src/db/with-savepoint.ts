import { sql, type Transaction } from 'kysely';
import type { Database } from './database.ts';

let counter = 0;

/**
 * Runs work under a savepoint of the caller's transaction: when it throws (a unique index
 * settling a race, say), only its own statements are undone and the transaction stays usable,
 * so the caller can turn the error into a refusal. Without it PostgreSQL refuses every later
 * statement of the transaction.
 */
export async function withSavepoint<T>(trx: Transaction<Database>, work: () => Promise<T>): Promise<T> {
  counter = (counter + 1) % 1_000_000;
  const name = sql.id(`utilis_savepoint_${counter}`);
  await sql`savepoint ${name}`.execute(trx);
  try {
    const value = await work();
    await sql`release savepoint ${name}`.execute(trx);
    return value;
  } catch (error) {
    await sql`rollback to savepoint ${name}`.execute(trx);
    throw error;
  }
}
