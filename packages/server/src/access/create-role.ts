import { builtInRoles, type Permission } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { actorGrants } from './actor-grants.ts';
import { insertRole, type RoleRow } from './role.sql.ts';
import { toRole } from './role-dto.ts';
import { deploymentPermissionBeyond } from './user-manager.ts';

/** A custom role beside the built-in ones; its code is unique and never changes. */
export const createRole = defineCommand<
  { code: string; name: string; permissions: Permission[] },
  RoleRow,
  'role_code_taken' | 'role_exceeds_your_permissions',
  null
>({
  name: 'role.create',
  entity: 'role',
  permission: 'access.roles.manage',
  audited: (row) => toRole(row),
  execute: async ({ trx, origin, now, newId }, role) => {
    if (Object.hasOwn(builtInRoles, role.code)) {
      return fail('role_code_taken', `${role.code} is the code of a built-in role`);
    }
    const beyond = deploymentPermissionBeyond(await actorGrants(trx, origin), role.permissions);
    if (beyond !== undefined) return fail('role_exceeds_your_permissions', `You do not hold ${beyond} deployment-wide`);
    const at = new Date(now().epochMilliseconds);
    const row = await insertRole(trx, {
      id: newId(),
      code: role.code,
      name: role.name,
      permissions: [...new Set(role.permissions)],
      isBuiltIn: false,
      createdAt: at,
      updatedAt: at,
    });
    return row ? ok(row) : fail('role_code_taken', `The code ${role.code} is in use`);
  },
});
