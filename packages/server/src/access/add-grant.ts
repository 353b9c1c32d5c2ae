import type { GrantScope } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { checkGrantable, type GrantRefusal } from './check-grantable.ts';
import { findManagedUser } from './find-managed-user.ts';
import { type GrantRow, insertGrants, liveGrantsOf } from './grant.sql.ts';
import { scopeFieldsOf } from './grant-scope.ts';
import { toGrant } from './user-dto.ts';
import { managerOfCommand } from './user-manager.ts';

/** Grants a role at a scope; the same role already held at the same scope is answered as it is. */
export const addGrant = defineCommand<
  { userId: string; grant: { roleId: string; scope: GrantScope } },
  { grant: GrantRow; isNew: boolean },
  'user_not_found' | GrantRefusal,
  null
>({
  name: 'user.grant_role',
  entity: 'user',
  permission: 'access.users.manage',
  entityId: ({ userId }) => userId,
  audited: ({ grant }) => toGrant(grant),
  execute: async (context, { userId, grant }) => {
    const { trx, now, newId } = context;
    const at = new Date(now().epochMilliseconds);
    const manager = await managerOfCommand(context);
    // The user's row lock makes two grants of the same role at once give one grant.
    const found = await findManagedUser(trx, manager, { userId, at, forUpdate: true });
    if (!found) return fail('user_not_found');
    const grantable = await checkGrantable(trx, manager, grant);
    if (!grantable.ok) return grantable;
    const fields = scopeFieldsOf(grant.scope);
    const same = found.grants.find(
      (held) =>
        held.roleId === grant.roleId &&
        held.scope === fields.scope &&
        held.tenantGroupId === fields.tenantGroupId &&
        held.tenantId === fields.tenantId &&
        held.branchCode === fields.branchCode,
    );
    if (same) return ok({ grant: same, isNew: false });
    const id = newId();
    await insertGrants(trx, [
      { id, userId, roleId: grant.roleId, ...fields, grantedBy: manager.actor.id, createdAt: at, revokedAt: null },
    ]);
    const added = (await liveGrantsOf(trx, [userId])).find((held) => held.id === id);
    if (!added) throw new Error(`Grant ${id} vanished right after it was added`);
    return ok({ grant: added, isNew: true });
  },
});
