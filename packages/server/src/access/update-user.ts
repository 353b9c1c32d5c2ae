import type { User } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { findManagedUser } from './find-managed-user.ts';
import { hashPassword } from './password-hashing.ts';
import { toUser } from './user-dto.ts';
import type { UserManager } from './user-manager.ts';

export interface UserChanges {
  readonly displayName?: string | undefined;
  readonly isActive?: boolean | undefined;
  readonly password?: string | undefined;
  readonly unlock?: true | undefined;
}

/**
 * Renames, deactivates or reactivates a user, sets a new password or clears a lockout.
 * Deactivation and a new password end every session of the user at once.
 */
export async function updateUser(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  { manager, userId, changes }: { manager: UserManager; userId: string; changes: UserChanges },
): Promise<Result<User, 'user_not_found' | 'user_outside_your_scope' | 'cannot_change_own_access'>> {
  const at = new Date(now().epochMilliseconds);
  const found = await findManagedUser(db, manager, { userId, now: at });
  if (!found) return fail('user_not_found');
  if (!found.isWhollyManaged) return fail('user_outside_your_scope');
  const isSelf = manager.principal.kind === 'user' && manager.principal.id === userId;
  // Your own password changes with proof of the current one (POST /auth/password); nobody locks themselves out.
  if (isSelf && (changes.isActive !== undefined || changes.password !== undefined || changes.unlock)) {
    return fail('cannot_change_own_access');
  }
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  const endsSessions = changes.isActive === false || passwordHash !== undefined;
  const updated = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('appUser')
      .set({
        ...(changes.displayName !== undefined && { displayName: changes.displayName }),
        ...(changes.isActive !== undefined && { isActive: changes.isActive }),
        ...(passwordHash !== undefined && { passwordHash, passwordChangedAt: at }),
        ...(changes.unlock && { failedLogins: 0, lockedUntil: null }),
        updatedAt: at,
      })
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (endsSessions) {
      await trx
        .updateTable('userSession')
        .set({ revokedAt: at })
        .where('userId', '=', userId)
        .where('revokedAt', 'is', null)
        .execute();
    }
    return row;
  });
  return ok(
    toUser(
      updated,
      found.grants.filter((grant) => manager.manages(grant)),
      at,
    ),
  );
}
