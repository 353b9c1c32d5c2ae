import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Database } from '../db/index.ts';
import type { AppUserRow, AppUserTable } from './access.tables.ts';

// The statements on app_user; each runs on the caller's transaction.

/** A user by id; locked when a decision (an update, a sign-in) depends on the row. */
export async function selectUser(
  trx: Transaction<Database>,
  userId: string,
  { forUpdate = false }: { forUpdate?: boolean } = {},
): Promise<AppUserRow | undefined> {
  const query = trx.selectFrom('appUser').selectAll().where('id', '=', userId);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

/** A user by e-mail (stored lowercase), locked: the sign-in counting its failures decides on it. */
export async function selectUserByEmailForUpdate(
  trx: Transaction<Database>,
  email: string,
): Promise<AppUserRow | undefined> {
  return trx.selectFrom('appUser').selectAll().where('email', '=', email.toLowerCase()).forUpdate().executeTakeFirst();
}

/** The new user, or undefined when the e-mail is taken (the unique index settles a race). */
export async function insertUser(
  trx: Transaction<Database>,
  values: Insertable<AppUserTable>,
): Promise<AppUserRow | undefined> {
  return trx
    .insertInto('appUser')
    .values(values)
    .onConflict((conflict) => conflict.column('email').doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function updateUserRow(
  trx: Transaction<Database>,
  userId: string,
  changes: Updateable<AppUserTable>,
): Promise<AppUserRow> {
  return trx.updateTable('appUser').set(changes).where('id', '=', userId).returningAll().executeTakeFirstOrThrow();
}
