import type { Permission } from '@utilis/contracts';
import { deploymentPermissions, type HeldGrant, scopeWithin } from '@utilis/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import type { Principal } from '../http/principal.ts';

export type ScopeFields = Pick<HeldGrant, 'scope' | 'tenantGroupId' | 'tenantId' | 'branchCode'>;

/**
 * Where a principal manages users: the scopes of its grants that carry access.users.manage.
 * It sees a user holding some grant within them, changes a user whose every grant lies within
 * them, and hands out only scopes within them and permissions it holds there itself.
 */
export interface UserManager {
  readonly principal: Principal;
  readonly isDeploymentWide: boolean;
  /** The managing grants themselves, for filtering lists in SQL. */
  readonly managedScopes: readonly HeldGrant[];
  /** The tenants of each group the principal manages users in. */
  readonly tenantsOfGroup: ReadonlyMap<string, readonly string[]>;
  manages(scope: ScopeFields): boolean;
  /** The permissions the principal holds wherever `scope` applies. */
  permissionsOver(scope: ScopeFields): ReadonlySet<string>;
}

const usersManage: Permission = 'access.users.manage';

export async function userManagerOf(db: Kysely<Database>, principal: Principal): Promise<UserManager> {
  const managedScopes = principal.grants.filter((grant) => grant.permissions.includes(usersManage));
  const groupIds = [
    ...new Set(
      principal.grants.flatMap((grant) =>
        grant.scope === 'group' && grant.tenantGroupId ? [grant.tenantGroupId] : [],
      ),
    ),
  ];
  const groupOf = new Map<string, string>();
  if (groupIds.length > 0) {
    const tenants = await db.selectFrom('tenant').select(['id', 'groupId']).where('groupId', 'in', groupIds).execute();
    for (const tenant of tenants) if (tenant.groupId) groupOf.set(tenant.id, tenant.groupId);
  }
  const groupOfTenant = (tenantId: string) => groupOf.get(tenantId) ?? null;
  const tenantsOfGroup = new Map<string, string[]>(groupIds.map((groupId) => [groupId, []]));
  for (const [tenantId, groupId] of groupOf) tenantsOfGroup.get(groupId)?.push(tenantId);
  return {
    principal,
    isDeploymentWide: managedScopes.some((grant) => grant.scope === 'deployment'),
    managedScopes,
    tenantsOfGroup,
    manages: (scope) => managedScopes.some((grant) => scopeWithin(scope, grant, groupOfTenant)),
    permissionsOver: (scope) =>
      new Set(
        principal.grants
          .filter((grant) => scopeWithin(scope, grant, groupOfTenant))
          .flatMap((grant) => grant.permissions),
      ),
  };
}

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
