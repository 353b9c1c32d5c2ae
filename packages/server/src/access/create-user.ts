import type { GrantScope } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { scopeFieldsOf } from './grants-of-user.ts';
import { hashPassword } from './password-hashing.ts';

export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly grants?: readonly { roleId: string; scope: GrantScope }[];
}

/** A staff user with an argon2id password hash and the roles granted at their scopes. */
export async function createUser(
  { db, now, newId }: UseCaseDeps,
  user: NewUser,
  grantedBy: string | null,
): Promise<Result<{ id: string }, 'email_taken' | 'role_not_found'>> {
  const passwordHash = await hashPassword(user.password);
  return db
    .transaction()
    .execute(async (trx) => {
      const createdAt = new Date(now().epochMilliseconds);
      const id = newId();
      const inserted = await trx
        .insertInto('appUser')
        .values({
          id,
          email: user.email.toLowerCase(),
          displayName: user.displayName,
          passwordHash,
          isActive: true,
          failedLogins: 0,
          lockedUntil: null,
          passwordChangedAt: createdAt,
          createdAt,
          updatedAt: createdAt,
        })
        .onConflict((conflict) => conflict.column('email').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return fail('email_taken');
      for (const grant of user.grants ?? []) {
        const role = await trx.selectFrom('role').select('id').where('id', '=', grant.roleId).executeTakeFirst();
        if (!role) throw new RoleMissing();
        await trx
          .insertInto('roleGrant')
          .values({
            id: newId(),
            userId: id,
            roleId: grant.roleId,
            ...scopeFieldsOf(grant.scope),
            grantedBy,
            createdAt,
            revokedAt: null,
          })
          .execute();
      }
      return ok({ id });
    })
    .catch((error: unknown) => {
      if (error instanceof RoleMissing) return fail('role_not_found' as const);
      throw error;
    });
}

// Rolls the user back with its grants when one names no role.
class RoleMissing extends Error {}
