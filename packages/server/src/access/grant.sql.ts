import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { RoleGrantRow, RoleGrantTable } from './access.tables.ts';

/** A live grant with its role's code and permissions. */
export type GrantRow = RoleGrantRow & { roleCode: string; permissions: string[] };

/** The live grants of these users with their roles, oldest first. */
export async function liveGrantsOf(trx: Transaction<Database>, userIds: readonly string[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return [];
  return trx
    .selectFrom('roleGrant')
    .innerJoin('role', 'role.id', 'roleGrant.roleId')
    .selectAll('roleGrant')
    .select(['role.code as roleCode', 'role.permissions'])
    .where('roleGrant.userId', 'in', userIds)
    .where('roleGrant.revokedAt', 'is', null)
    .orderBy('roleGrant.createdAt')
    .orderBy('roleGrant.id')
    .execute();
}

export async function insertGrants(trx: Transaction<Database>, grants: readonly Insertable<RoleGrantTable>[]) {
  if (grants.length > 0) await trx.insertInto('roleGrant').values(grants).execute();
}

/** Stamps a live grant revoked; the row stays, so who held what when remains known. */
export async function revokeGrantRow(
  trx: Transaction<Database>,
  { userId, grantId, at }: { userId: string; grantId: string; at: Date },
): Promise<void> {
  await trx
    .updateTable('roleGrant')
    .set({ revokedAt: at })
    .where('id', '=', grantId)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .execute();
}
