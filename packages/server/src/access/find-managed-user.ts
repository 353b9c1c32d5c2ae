import type { User } from '@utilis/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import type { AppUserRow } from './access.tables.ts';
import { type GrantRow, liveGrantsOf, toUser } from './user-dto.ts';
import type { UserManager } from './user-manager.ts';

export interface ManagedUser {
  readonly row: AppUserRow;
  /** Every live grant, including those outside the manager's scope. */
  readonly grants: readonly GrantRow[];
  /** What the manager is shown. */
  readonly user: User;
  /** True when every grant lies within the manager's scope, so the manager may change the user. */
  readonly isWhollyManaged: boolean;
}

/** A user the manager sees: one holding some grant within the manager's scope. */
export async function findManagedUser(
  db: Kysely<Database>,
  manager: UserManager,
  { userId, now }: { userId: string; now: Date },
): Promise<ManagedUser | undefined> {
  const row = await db.selectFrom('appUser').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!row) return undefined;
  const grants = await liveGrantsOf(db, [row.id]);
  const managed = grants.filter((grant) => manager.manages(grant));
  if (!manager.isDeploymentWide && managed.length === 0) return undefined;
  return {
    row,
    grants,
    user: toUser(row, managed, now),
    isWhollyManaged: managed.length === grants.length,
  };
}
