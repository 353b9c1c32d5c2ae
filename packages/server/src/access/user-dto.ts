import type { Grant, User } from '@utilis/contracts';
import type { AppUserRow } from './access.tables.ts';
import type { GrantRow } from './grant.sql.ts';
import { scopeOf } from './grant-scope.ts';

/** A user with the grants one manager sees, as of an instant (a lockout may have ended since). */
export interface UserView {
  readonly user: AppUserRow;
  readonly grants: readonly GrantRow[];
  readonly at: Date;
}

export const toGrant = (row: GrantRow): Grant => ({
  id: row.id,
  roleId: row.roleId,
  roleCode: row.roleCode,
  scope: scopeOf(row),
  createdAt: row.createdAt.toISOString(),
});

/** A user as a manager sees them: only the grants that lie within the manager's scope. */
export const toUser = ({ user, grants, at }: UserView): User => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  isActive: user.isActive,
  isLocked: user.lockedUntil !== null && user.lockedUntil > at,
  grants: grants.map(toGrant),
  createdAt: user.createdAt.toISOString(),
});
