import type { Permission } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { findManagedUser } from './find-managed-user.ts';
import type { UserManager } from './user-manager.ts';

const usersManage: Permission = 'access.users.manage';

/**
 * Ends a grant by stamping revoked_at; the row stays, so who held what when remains known.
 * Nobody revokes their own last grant that lets them manage users.
 */
export async function revokeGrant(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  { manager, userId, grantId }: { manager: UserManager; userId: string; grantId: string },
): Promise<Result<null, 'user_not_found' | 'grant_not_found' | 'last_administrator_grant'>> {
  const at = new Date(now().epochMilliseconds);
  const found = await findManagedUser(db, manager, { userId, now: at });
  if (!found) return fail('user_not_found');
  const grant = found.grants.find((held) => held.id === grantId);
  if (!grant || !manager.manages(grant)) return fail('grant_not_found');
  const isSelf = manager.principal.kind === 'user' && manager.principal.id === userId;
  const othersManage = found.grants.some((held) => held.id !== grantId && held.permissions.includes(usersManage));
  if (isSelf && grant.permissions.includes(usersManage) && !othersManage) return fail('last_administrator_grant');
  await db
    .updateTable('roleGrant')
    .set({ revokedAt: at })
    .where('id', '=', grantId)
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .execute();
  return ok(null);
}
