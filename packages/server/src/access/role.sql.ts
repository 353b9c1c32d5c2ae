import type { Insertable, Selectable, Transaction, Updateable } from 'kysely';
import type { Database } from '../db/index.ts';
import type { RoleTable } from './access.tables.ts';

export type RoleRow = Selectable<RoleTable>;

export async function selectRole(trx: Transaction<Database>, roleId: string): Promise<RoleRow | undefined> {
  return trx.selectFrom('role').selectAll().where('id', '=', roleId).executeTakeFirst();
}

export async function selectRoles(trx: Transaction<Database>, roleIds: readonly string[]): Promise<RoleRow[]> {
  if (roleIds.length === 0) return [];
  return trx.selectFrom('role').selectAll().where('id', 'in', roleIds).execute();
}

/** Built-in roles first, then custom roles, each in code order. */
export async function selectAllRoles(trx: Transaction<Database>): Promise<RoleRow[]> {
  return trx.selectFrom('role').selectAll().orderBy('isBuiltIn', 'desc').orderBy('code').execute();
}

/** The new role, or undefined when its code is taken. */
export async function insertRole(
  trx: Transaction<Database>,
  values: Insertable<RoleTable>,
): Promise<RoleRow | undefined> {
  return trx
    .insertInto('role')
    .values(values)
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Changes a custom role; built-in roles change only with a release (syncBuiltInRoles). */
export async function updateCustomRole(
  trx: Transaction<Database>,
  roleId: string,
  changes: Updateable<RoleTable>,
): Promise<RoleRow | undefined> {
  return trx
    .updateTable('role')
    .set(changes)
    .where('id', '=', roleId)
    .where('isBuiltIn', '=', false)
    .returningAll()
    .executeTakeFirst();
}
