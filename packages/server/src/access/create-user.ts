import type { FieldError, GrantScope } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { checkGrantable, type GrantRefusal } from './check-grantable.ts';
import { findManagedUser } from './find-managed-user.ts';
import { insertGrants } from './grant.sql.ts';
import { scopeFieldsOf } from './grant-scope.ts';
import { hashPassword } from './password-hashing.ts';
import { insertUser } from './user.sql.ts';
import { toUser, type UserView } from './user-dto.ts';
import { managerOfCommand } from './user-manager.ts';

export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly grants?: readonly { roleId: string; scope: GrantScope }[] | undefined;
}

// A user with no grant in the manager's scope would vanish from their sight at once.
const grantsRequired = {
  ok: false as const,
  code: 'validation_failed' as const,
  fieldErrors: [
    { path: 'body.grants', code: 'too_small', message: 'Grant at least one role within your scope' },
  ] satisfies FieldError[],
};

/**
 * A staff user with an argon2id password hash and the roles granted at their scopes, each
 * within the scopes where the actor manages users. The console's operator manages everywhere.
 * The value is the user as the actor sees them; the password is never part of it.
 */
export const createUser = defineCommand<NewUser, UserView, 'email_taken' | 'validation_failed' | GrantRefusal, null>({
  name: 'user.create',
  entity: 'user',
  permission: 'access.users.manage',
  entityId: (_input, { user }) => user.id,
  audited: (view) => toUser(view),
  execute: async (context, input) => {
    const { trx, now, newId } = context;
    const manager = await managerOfCommand(context);
    const grants = input.grants ?? [];
    if (!manager.isDeploymentWide && grants.length === 0) return grantsRequired;
    for (const grant of grants) {
      const grantable = await checkGrantable(trx, manager, grant);
      if (!grantable.ok) return grantable;
    }
    const passwordHash = await hashPassword(input.password);
    const at = new Date(now().epochMilliseconds);
    const user = await insertUser(trx, {
      id: newId(),
      email: input.email.toLowerCase(),
      displayName: input.displayName,
      passwordHash,
      isActive: true,
      failedLogins: 0,
      lockedUntil: null,
      passwordChangedAt: at,
      createdAt: at,
      updatedAt: at,
    });
    if (!user) return fail('email_taken');
    await insertGrants(
      trx,
      grants.map((grant) => ({
        id: newId(),
        userId: user.id,
        roleId: grant.roleId,
        ...scopeFieldsOf(grant.scope),
        grantedBy: manager.actor.id,
        createdAt: at,
        revokedAt: null,
      })),
    );
    const created = await findManagedUser(trx, manager, { userId: user.id, at });
    if (!created) throw new Error(`User ${user.id} is out of sight of the manager who created it`);
    return ok(created.view);
  },
});
