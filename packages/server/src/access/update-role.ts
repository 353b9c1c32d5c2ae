import type { Permission } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { actorGrants } from './actor-grants.ts';
import { type RoleRow, selectRole, updateCustomRole } from './role.sql.ts';
import { toRole } from './role-dto.ts';
import { deploymentPermissionBeyond } from './user-manager.ts';

/** Renames a custom role or changes its permissions; every holder has the new ones at once. */
export const updateRole = defineCommand<
  { roleId: string; changes: { name?: string | undefined; permissions?: Permission[] | undefined } },
  RoleRow,
  'role_not_found' | 'built_in_role_read_only' | 'role_exceeds_your_permissions',
  null
>({
  name: 'role.update',
  entity: 'role',
  permission: 'access.roles.manage',
  before: async ({ trx }, { roleId }) => {
    const row = await selectRole(trx, roleId);
    return row ? toRole(row) : null;
  },
  audited: (row) => toRole(row),
  execute: async ({ trx, origin, now }, { roleId, changes }) => {
    const role = await selectRole(trx, roleId);
    if (!role) return fail('role_not_found');
    if (role.isBuiltIn) return fail('built_in_role_read_only');
    const beyond =
      changes.permissions && deploymentPermissionBeyond(await actorGrants(trx, origin), changes.permissions);
    if (beyond !== undefined) return fail('role_exceeds_your_permissions', `You do not hold ${beyond} deployment-wide`);
    const row = await updateCustomRole(trx, roleId, {
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.permissions !== undefined && { permissions: [...new Set(changes.permissions)] }),
      updatedAt: new Date(now().epochMilliseconds),
    });
    if (!row) throw new Error(`Role ${roleId} vanished or became built-in while it was changed`);
    return ok(row);
  },
});
