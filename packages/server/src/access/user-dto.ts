import type { Grant, User } from '@utilis/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import type { AppUserRow, RoleGrantRow } from './access.tables.ts';
import { scopeOf } from './grants-of-user.ts';

export type GrantRow = RoleGrantRow & { roleCode: string; permissions: string[] };

/** The live grants of these users with their roles, oldest first. */
export async function liveGrantsOf(db: Kysely<Database>, userIds: readonly string[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return [];
  return db
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

export const toGrant = (row: GrantRow): Grant => ({
  id: row.id,
  roleId: row.roleId,
  roleCode: row.roleCode,
  scope: scopeOf(row),
  createdAt: row.createdAt.toISOString(),
});

/** A user as a manager sees them: only the grants that lie within the manager's scope. */
export const toUser = (row: AppUserRow, grants: readonly GrantRow[], now: Date): User => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  isActive: row.isActive,
  isLocked: row.lockedUntil !== null && row.lockedUntil > now,
  grants: grants.map(toGrant),
  createdAt: row.createdAt.toISOString(),
});
