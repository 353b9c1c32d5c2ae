import type { BuiltInRole, GrantScope } from '@utilis/contracts';
import type { Result } from '@utilis/domain';
import { createUser } from '../access/index.ts';
import { appendAuditEvent } from '../audit/index.ts';
import type { UseCaseDeps } from '../deps.ts';

/**
 * A user made outside the API (first administrator, demo staff): no request hook sees it, so
 * the command itself records it on the deployment's audit trail, without the password.
 */
export async function createUserFromConsole(
  deps: UseCaseDeps,
  user: { email: string; displayName: string; password: string },
  grant: { roleId: string; roleCode: BuiltInRole; scope: GrantScope },
  command: string,
): Promise<Result<{ id: string }, 'email_taken' | 'role_not_found'>> {
  const created = await createUser(deps, { ...user, grants: [{ roleId: grant.roleId, scope: grant.scope }] }, null);
  if (!created.ok) return created;
  await appendAuditEvent(deps, {
    tenantId: null,
    actor: { kind: 'system', id: null, label: command },
    ip: null,
    requestId: null,
    action: 'user.create',
    entityType: 'user',
    entityId: created.value.id,
    before: null,
    after: { id: created.value.id, email: user.email, displayName: user.displayName, grants: [grant] },
  });
  return created;
}
