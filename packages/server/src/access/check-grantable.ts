import type { GrantScope } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { groupExists, tenantExists } from '../tenants/index.ts';
import { scopeFieldsOf } from './grant-scope.ts';
import { selectRole } from './role.sql.ts';
import { permissionBeyond, type UserManager } from './user-manager.ts';

export type GrantRefusal =
  | 'role_not_found'
  | 'grant_outside_your_scope'
  | 'role_exceeds_your_permissions'
  | 'tenant_not_found'
  | 'tenant_group_not_found';

/**
 * Whether the manager may hand out this role at this scope: the scope lies within one where
 * they manage users, and they hold every permission of the role there themselves, so no one
 * grants more than they have.
 */
export async function checkGrantable(
  trx: Transaction<Database>,
  manager: UserManager,
  grant: { roleId: string; scope: GrantScope },
): Promise<Result<{ roleId: string }, GrantRefusal>> {
  const role = await selectRole(trx, grant.roleId);
  if (!role) return fail('role_not_found');
  const scope = scopeFieldsOf(grant.scope);
  if (!manager.manages(scope)) return fail('grant_outside_your_scope');
  if (scope.tenantId !== null && !(await tenantExists(trx, scope.tenantId))) return fail('tenant_not_found');
  if (scope.tenantGroupId !== null && !(await groupExists(trx, scope.tenantGroupId))) {
    return fail('tenant_group_not_found');
  }
  const beyond = permissionBeyond(manager, scope, role.permissions);
  if (beyond !== undefined) return fail('role_exceeds_your_permissions', `You do not hold ${beyond} there`);
  return ok({ roleId: role.id });
}
