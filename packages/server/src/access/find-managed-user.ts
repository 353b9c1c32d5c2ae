import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { AppUserRow } from './access.tables.ts';
import { type GrantRow, liveGrantsOf } from './grant.sql.ts';
import { selectUser } from './user.sql.ts';
import type { UserView } from './user-dto.ts';
import type { UserManager } from './user-manager.ts';

export interface ManagedUser {
  readonly row: AppUserRow;
  /** Every live grant, including those outside the manager's scope. */
  readonly grants: readonly GrantRow[];
  /** What the manager is shown: only the grants within their scope. */
  readonly view: UserView;
  /** True when every grant lies within the manager's scope, so the manager may change the user. */
  readonly isWhollyManaged: boolean;
}

/** A user the manager sees: one holding some grant within the manager's scope (any user, deployment-wide). */
export async function findManagedUser(
  trx: Transaction<Database>,
  manager: UserManager,
  { userId, at, forUpdate = false }: { userId: string; at: Date; forUpdate?: boolean },
): Promise<ManagedUser | undefined> {
  const row = await selectUser(trx, userId, { forUpdate });
  if (!row) return undefined;
  const grants = await liveGrantsOf(trx, [row.id]);
  const managed = grants.filter((grant) => manager.manages(grant));
  if (!manager.isDeploymentWide && managed.length === 0) return undefined;
  return {
    row,
    grants,
    view: { user: row, grants: managed, at },
    isWhollyManaged: managed.length === grants.length,
  };
}
