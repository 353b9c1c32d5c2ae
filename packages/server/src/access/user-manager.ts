import type { Permission } from '@utilis/contracts';
import { deploymentPermissions, type HeldGrant, scopeWithin } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { AuditActor } from '../audit/index.ts';
import type { CommandContext } from '../commands/index.ts';
import type { Database } from '../db/index.ts';
import { tenantsInGroups } from '../tenants/index.ts';
import { actorGrants } from './actor-grants.ts';

export type ScopeFields = Pick<HeldGrant, 'scope' | 'tenantGroupId' | 'tenantId' | 'branchCode'>;

/**
 * Where an actor manages users: the scopes of its grants that carry access.users.manage.
 * It sees a user holding some grant within them, changes a user whose every grant lies within
 * them, and hands out only scopes within them and permissions it holds there itself.
 */
export interface UserManager {
  /** Who manages: new grants are granted in their name, and nobody locks themselves out. */
  readonly actor: Pick<AuditActor, 'kind' | 'id'>;
  readonly isDeploymentWide: boolean;
  /** The managing grants themselves, for filtering lists in SQL. */
  readonly managedScopes: readonly HeldGrant[];
  /** The tenants of each group the actor manages users in. */
  readonly tenantsOfGroup: ReadonlyMap<string, readonly string[]>;
  manages(scope: ScopeFields): boolean;
  /** The permissions the actor holds wherever `scope` applies. */
  permissionsOver(scope: ScopeFields): ReadonlySet<string>;
}

const usersManage: Permission = 'access.users.manage';

/** The manager a person or key is, from the grants it holds. */
export async function userManagerOf(
  trx: Transaction<Database>,
  actor: UserManager['actor'],
  grants: readonly HeldGrant[],
): Promise<UserManager> {
  const managedScopes = grants.filter((grant) => grant.permissions.includes(usersManage));
  const groupIds = [
    ...new Set(
      grants.flatMap((grant) => (grant.scope === 'group' && grant.tenantGroupId ? [grant.tenantGroupId] : [])),
    ),
  ];
  const groupOf = new Map<string, string>();
  for (const tenant of await tenantsInGroups(trx, groupIds)) groupOf.set(tenant.id, tenant.groupId);
  const groupOfTenant = (tenantId: string) => groupOf.get(tenantId) ?? null;
  const tenantsOfGroup = new Map<string, string[]>(groupIds.map((groupId) => [groupId, []]));
  for (const [tenantId, groupId] of groupOf) tenantsOfGroup.get(groupId)?.push(tenantId);
  return {
    actor,
    isDeploymentWide: managedScopes.some((grant) => grant.scope === 'deployment'),
    managedScopes,
    tenantsOfGroup,
    manages: (scope) => managedScopes.some((grant) => scopeWithin(scope, grant, groupOfTenant)),
    permissionsOver: (scope) =>
      new Set(grants.filter((grant) => scopeWithin(scope, grant, groupOfTenant)).flatMap((grant) => grant.permissions)),
  };
}

/** The manager a command on users acts as: its actor, with what the actor holds now. */
export async function managerOfCommand({ trx, origin }: CommandContext<null>): Promise<UserManager> {
  return userManagerOf(trx, origin.actor, await actorGrants(trx, origin));
}

/** True when the manager acts on themselves: nobody locks themselves out or drops their own last grant. */
export const isSelf = (manager: Pick<UserManager, 'actor'>, userId: string): boolean =>
  manager.actor.kind === 'user' && manager.actor.id === userId;

/** The first permission of `wanted` the manager does not hold over `scope`, if any. */
export function permissionBeyond(
  manager: Pick<UserManager, 'permissionsOver'>,
  scope: ScopeFields,
  wanted: readonly string[],
): string | undefined {
  const held = manager.permissionsOver(scope);
  return wanted.find((permission) => !held.has(permission));
}

/**
 * The first of `wanted` not held deployment-wide: a role manager builds roles only from
 * permissions they hold everywhere, so no one makes a role stronger than themselves.
 */
export function deploymentPermissionBeyond(
  grants: readonly HeldGrant[],
  wanted: readonly Permission[],
): Permission | undefined {
  const held = deploymentPermissions(grants);
  return wanted.find((permission) => !held.has(permission));
}
