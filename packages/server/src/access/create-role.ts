import { builtInRoles, type Permission, type Role } from '@utilis/contracts';
import { fail, type HeldGrant, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { toRole } from './role-dto.ts';
import { deploymentPermissionBeyond } from './user-manager.ts';

/** A custom role beside the built-in ones; its code is unique and never changes. */
export async function createRole(
  { db, now, newId }: UseCaseDeps,
  {
    role,
    managerGrants,
  }: { role: { code: string; name: string; permissions: Permission[] }; managerGrants: readonly HeldGrant[] },
): Promise<Result<Role, 'role_code_taken' | 'role_exceeds_your_permissions'>> {
  if (Object.hasOwn(builtInRoles, role.code)) {
    return fail('role_code_taken', `${role.code} is the code of a built-in role`);
  }
  const beyond = deploymentPermissionBeyond(managerGrants, role.permissions);
  if (beyond !== undefined) return fail('role_exceeds_your_permissions', `You do not hold ${beyond} deployment-wide`);
  const at = new Date(now().epochMilliseconds);
  const row = await db
    .insertInto('role')
    .values({
      id: newId(),
      code: role.code,
      name: role.name,
      permissions: [...new Set(role.permissions)],
      isBuiltIn: false,
      createdAt: at,
      updatedAt: at,
    })
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? ok(toRole(row)) : fail('role_code_taken', `The code ${role.code} is in use`);
}
