import type { Grant, GrantScope } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { checkGrantable, type GrantRefusal } from './check-grantable.ts';
import { findManagedUser } from './find-managed-user.ts';
import { scopeFieldsOf } from './grants-of-user.ts';
import { liveGrantsOf, toGrant } from './user-dto.ts';
import type { UserManager } from './user-manager.ts';

/** Grants a role at a scope; the same role already held at the same scope is answered as it is. */
export async function addGrant(
  { db, now, newId }: UseCaseDeps,
  { manager, userId, grant }: { manager: UserManager; userId: string; grant: { roleId: string; scope: GrantScope } },
): Promise<Result<{ grant: Grant; isNew: boolean }, 'user_not_found' | GrantRefusal>> {
  const at = new Date(now().epochMilliseconds);
  const found = await findManagedUser(db, manager, { userId, now: at });
  if (!found) return fail('user_not_found');
  const grantable = await checkGrantable(db, manager, grant);
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
  if (same) return ok({ grant: toGrant(same), isNew: false });
  const id = newId();
  await db
    .insertInto('roleGrant')
    .values({
      id,
      userId,
      roleId: grant.roleId,
      ...fields,
      grantedBy: manager.principal.id,
      createdAt: at,
      revokedAt: null,
    })
    .execute();
  const added = (await liveGrantsOf(db, [userId])).find((held) => held.id === id);
  if (!added) throw new Error(`Grant ${id} vanished right after it was added`);
  return ok({ grant: toGrant(added), isNew: true });
}
