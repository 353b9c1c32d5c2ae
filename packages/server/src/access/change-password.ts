import { fail, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { hashPassword, verifyPassword } from './password-hashing.ts';

/** A new password after the current one is proven; every other session of the person ends. */
export async function changePassword(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  {
    userId,
    keepSessionHash,
    currentPassword,
    newPassword,
  }: { userId: string; keepSessionHash: string; currentPassword: string; newPassword: string },
): Promise<Result<null, 'invalid_credentials'>> {
  const user = await db.selectFrom('appUser').select('passwordHash').where('id', '=', userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.passwordHash, currentPassword))) return fail('invalid_credentials');
  const changedAt = new Date(now().epochMilliseconds);
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('appUser')
      .set({ passwordHash, passwordChangedAt: changedAt, updatedAt: changedAt })
      .where('id', '=', userId)
      .execute();
    await trx
      .updateTable('userSession')
      .set({ revokedAt: changedAt })
      .where('userId', '=', userId)
      .where('tokenHash', '<>', keepSessionHash)
      .where('revokedAt', 'is', null)
      .execute();
  });
  return ok(null);
}
