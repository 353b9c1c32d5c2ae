import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { hashPassword, verifyPassword } from './password-hashing.ts';
import { revokeSessionsOf } from './session.sql.ts';
import { selectUser, updateUserRow } from './user.sql.ts';

export interface PasswordChange {
  readonly userId: string;
  /** The session asking: it stays open, every other one ends. */
  readonly keepSessionHash: string;
  readonly currentPassword: string;
  readonly newPassword: string;
}

/** A new password after the current one is proven; every other session of the person ends. */
export const changePassword = defineCommand<PasswordChange, null, 'invalid_credentials', null>({
  name: 'user.change_password',
  entity: 'user',
  permission: 'signed_in',
  entityId: ({ userId }) => userId,
  execute: async ({ trx, now }, { userId, keepSessionHash, currentPassword, newPassword }) => {
    const user = await selectUser(trx, userId, { forUpdate: true });
    if (!user) throw new Error(`The signed-in user ${userId} is gone`);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) return fail('invalid_credentials');
    const at = new Date(now().epochMilliseconds);
    await updateUserRow(trx, userId, {
      passwordHash: await hashPassword(newPassword),
      passwordChangedAt: at,
      updatedAt: at,
    });
    await revokeSessionsOf(trx, { userId, at, keepTokenHash: keepSessionHash });
    return ok(null);
  },
});
