import type { Permission } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { findManagedUser } from './find-managed-user.ts';
import { revokeGrantRow } from './grant.sql.ts';
import { toUser } from './user-dto.ts';
import { isSelf, managerOfCommand } from './user-manager.ts';

const usersManage: Permission = 'access.users.manage';

/**
 * Ends a grant by stamping revoked_at; the row stays, so who held what when remains known.
 * Nobody revokes their own last grant that lets them manage users.
 */
export const revokeGrant = defineCommand<
  { userId: string; grantId: string },
  null,
  'user_not_found' | 'grant_not_found' | 'last_administrator_grant',
  null
>({
  name: 'user.revoke_grant',
  entity: 'user',
  permission: 'access.users.manage',
  entityId: ({ userId }) => userId,
  before: async (context, { userId }) => {
    const at = new Date(context.now().epochMilliseconds);
    const found = await findManagedUser(context.trx, await managerOfCommand(context), { userId, at });
    return found ? toUser(found.view) : null;
  },
  execute: async (context, { userId, grantId }) => {
    const { trx, now } = context;
    const at = new Date(now().epochMilliseconds);
    const manager = await managerOfCommand(context);
    // The user's row lock makes two revocations of a person's last grants decide one after the other.
    const found = await findManagedUser(trx, manager, { userId, at, forUpdate: true });
    if (!found) return fail('user_not_found');
    const grant = found.grants.find((held) => held.id === grantId);
    if (!grant || !manager.manages(grant)) return fail('grant_not_found');
    const othersManage = found.grants.some((held) => held.id !== grantId && held.permissions.includes(usersManage));
    if (isSelf(manager, userId) && grant.permissions.includes(usersManage) && !othersManage) {
      return fail('last_administrator_grant');
    }
    await revokeGrantRow(trx, { userId, grantId, at });
    return ok(null);
  },
});
