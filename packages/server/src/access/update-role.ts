import type { Permission, Role } from '@utilis/contracts';
import { fail, type HeldGrant, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { toRole } from './role-dto.ts';
import { deploymentPermissionBeyond } from './user-manager.ts';

/** Renames a custom role or changes its permissions; every holder has the new ones at once. */
export async function updateRole(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  {
    roleId,
    changes,
    managerGrants,
  }: {
    roleId: string;
    changes: { name?: string | undefined; permissions?: Permission[] | undefined };
    managerGrants: readonly HeldGrant[];
  },
): Promise<Result<Role, 'role_not_found' | 'built_in_role_read_only' | 'role_exceeds_your_permissions'>> {
  const role = await db.selectFrom('role').selectAll().where('id', '=', roleId).executeTakeFirst();
  if (!role) return fail('role_not_found');
  if (role.isBuiltIn) return fail('built_in_role_read_only');
  const beyond = changes.permissions && deploymentPermissionBeyond(managerGrants, changes.permissions);
  if (beyond !== undefined) return fail('role_exceeds_your_permissions', `You do not hold ${beyond} deployment-wide`);
  const row = await db
    .updateTable('role')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.permissions !== undefined && { permissions: [...new Set(changes.permissions)] }),
      updatedAt: new Date(now().epochMilliseconds),
    })
    .where('id', '=', roleId)
    .where('isBuiltIn', '=', false)
    .returningAll()
    .executeTakeFirstOrThrow();
  return ok(toRole(row));
}
