import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Database } from '../db/index.ts';
import type { TenantGroupRow, TenantGroupTable, TenantRow, TenantTable } from './tenant.tables.ts';

// The tenants context's statements; each runs on the caller's transaction.

export async function selectTenant(trx: Transaction<Database>, tenantId: string): Promise<TenantRow | undefined> {
  return trx.selectFrom('tenant').selectAll().where('id', '=', tenantId).executeTakeFirst();
}

export async function selectTenantByCode(trx: Transaction<Database>, code: string): Promise<TenantRow | undefined> {
  return trx.selectFrom('tenant').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The new tenant, or undefined when its code is taken (the unique index settles a race). */
export async function insertTenant(
  trx: Transaction<Database>,
  values: Insertable<TenantTable>,
): Promise<TenantRow | undefined> {
  return trx
    .insertInto('tenant')
    .values(values)
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** The changed tenant, or undefined when there is none with this id. */
export async function updateTenantRow(
  trx: Transaction<Database>,
  tenantId: string,
  changes: Updateable<TenantTable>,
): Promise<TenantRow | undefined> {
  return trx.updateTable('tenant').set(changes).where('id', '=', tenantId).returningAll().executeTakeFirst();
}

/** The new group, or undefined when its code is taken. */
export async function insertTenantGroup(
  trx: Transaction<Database>,
  values: Insertable<TenantGroupTable>,
): Promise<TenantGroupRow | undefined> {
  return trx
    .insertInto('tenantGroup')
    .values(values)
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returningAll()
    .executeTakeFirst();
}
