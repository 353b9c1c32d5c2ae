import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { findManagedUser } from './find-managed-user.ts';
import { hashPassword } from './password-hashing.ts';
import { revokeSessionsOf } from './session.sql.ts';
import { updateUserRow } from './user.sql.ts';
import { toUser, type UserView } from './user-dto.ts';
import { isSelf, managerOfCommand } from './user-manager.ts';

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
export const updateUser = defineCommand<
  { userId: string; changes: UserChanges },
  UserView,
  'user_not_found' | 'user_outside_your_scope' | 'cannot_change_own_access',
  null
>({
  name: 'user.update',
  entity: 'user',
  permission: 'access.users.manage',
  entityId: ({ userId }) => userId,
  before: async (context, { userId }) => {
    const at = new Date(context.now().epochMilliseconds);
    const found = await findManagedUser(context.trx, await managerOfCommand(context), { userId, at });
    return found ? toUser(found.view) : null;
  },
  audited: (view) => toUser(view),
  execute: async (context, { userId, changes }) => {
    const { trx, now } = context;
    const at = new Date(now().epochMilliseconds);
    const manager = await managerOfCommand(context);
    const found = await findManagedUser(trx, manager, { userId, at, forUpdate: true });
    if (!found) return fail('user_not_found');
    if (!found.isWhollyManaged) return fail('user_outside_your_scope');
    // Your own password changes with proof of the current one (POST /auth/password); nobody locks themselves out.
    if (
      isSelf(manager, userId) &&
      (changes.isActive !== undefined || changes.password !== undefined || changes.unlock)
    ) {
      return fail('cannot_change_own_access');
    }
    const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
    const user = await updateUserRow(trx, userId, {
      ...(changes.displayName !== undefined && { displayName: changes.displayName }),
      ...(changes.isActive !== undefined && { isActive: changes.isActive }),
      ...(passwordHash !== undefined && { passwordHash, passwordChangedAt: at }),
      ...(changes.unlock && { failedLogins: 0, lockedUntil: null }),
      updatedAt: at,
    });
    if (changes.isActive === false || passwordHash !== undefined) await revokeSessionsOf(trx, { userId, at });
    return ok({ ...found.view, user });
  },
});
