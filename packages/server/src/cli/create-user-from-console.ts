import type { BuiltInRole, GrantScope } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import { createUser } from '../access/index.ts';
import { runCommand, systemOrigin } from '../commands/index.ts';
import type { UseCaseDeps } from '../deps.ts';

/**
 * A user made from the console (first administrator, demo staff), through the same command as the
 * API: the operator acts with full authority, and the deployment's audit trail records it under
 * the console command's name, without the password.
 */
export async function createUserFromConsole(
  deps: UseCaseDeps,
  user: { email: string; displayName: string; password: string },
  grant: { roleId: string; roleCode: BuiltInRole; scope: GrantScope },
  command: string,
): Promise<Result<{ id: string }, 'email_taken' | 'role_not_found'>> {
  const created = await runCommand(deps, { tenant: null, origin: systemOrigin(command) }, createUser, {
    ...user,
    grants: [{ roleId: grant.roleId, scope: grant.scope }],
  });
  if (created.ok === true) return ok({ id: created.value.user.id });
  if (created.ok === false && created.code === 'email_taken') return fail('email_taken', created.detail);
  throw new Error(`The console could not create ${user.email}: ${JSON.stringify(created)}`);
}
