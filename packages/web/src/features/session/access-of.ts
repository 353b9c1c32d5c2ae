import { builtInRoles, type Grant, type Permission, type Session } from '@utilis/contracts';
import { accessInTenant, type HeldGrant } from '@utilis/domain';

/** The permissions of each role the user holds, by role id, as GET /api/v1/roles lists them. */
export type RolePermissions = ReadonlyMap<string, readonly Permission[]>;

/** Where a tenant sits: a grant reaches it by its id or by its group. */
export type TenantPlace = { id: string; groupId: string | null };

/** What the signed-in user may do, computed by the same rules the server applies to every request. */
export type Access = {
  /** Held in this tenant by a grant that reaches it, including one limited to some of its branches. */
  inTenant: (tenant: TenantPlace, permission: Permission) => boolean;
  /** The branches of the tenant a permission is limited to; null when it is held tenant-wide. */
  branchesIn: (tenant: TenantPlace, permission: Permission) => ReadonlySet<string> | null;
  /** Held through any grant at all: what routes that name no tenant (users, roles) ask for. */
  anywhere: (permission: Permission) => boolean;
  /** Held for the whole deployment: creating tenants, the deployment's audit chain. */
  deploymentWide: (permission: Permission) => boolean;
};

const isBuiltInRole = (code: string): code is keyof typeof builtInRoles => Object.hasOwn(builtInRoles, code);

// Built-in roles are known by code, so the menus are right before the role list arrives, or when it may not be read.
const permissionsOf = (grant: Grant, roles: RolePermissions): readonly string[] =>
  roles.get(grant.roleId) ?? (isBuiltInRole(grant.roleCode) ? builtInRoles[grant.roleCode].permissions : []);

// GET /roles answers only those who grant or edit roles.
const rolesListedFor: readonly Permission[] = ['access.users.manage', 'access.roles.manage'];

/**
 * Whether the role list is worth asking for: the user may read it (as far as built-in roles tell),
 * or holds a custom role whose permissions only that list says. Anyone else would be refused.
 */
/** Whether GET /roles answers this user: they grant or edit roles somewhere. */
export const mayListRoles = (access: Access) => rolesListedFor.some((permission) => access.anywhere(permission));

export function needsRoleList(session: Pick<Session, 'grants' | 'deploymentPermissions'>): boolean {
  return mayListRoles(accessOf(session, new Map())) || session.grants.some((grant) => !isBuiltInRole(grant.roleCode));
}

export const heldGrants = (grants: readonly Grant[], roles: RolePermissions): HeldGrant[] =>
  grants.map((grant) => ({
    scope: grant.scope.scope,
    tenantGroupId: grant.scope.scope === 'group' ? grant.scope.tenantGroupId : null,
    tenantId: grant.scope.scope === 'tenant' || grant.scope.scope === 'branch' ? grant.scope.tenantId : null,
    branchCode: grant.scope.scope === 'branch' ? grant.scope.branchCode : null,
    permissions: permissionsOf(grant, roles),
  }));

export function accessOf(session: Pick<Session, 'grants' | 'deploymentPermissions'>, roles: RolePermissions): Access {
  const held = heldGrants(session.grants, roles);
  const anywhere = new Set(held.flatMap((grant) => grant.permissions));
  const deploymentWide = new Set<string>(session.deploymentPermissions);
  const byTenant = new Map<string, ReturnType<typeof accessInTenant>>();
  const tenantAccess = (tenant: TenantPlace) => {
    const key = `${tenant.id}:${tenant.groupId ?? ''}`;
    let access = byTenant.get(key);
    if (!access) {
      access = accessInTenant(held, tenant);
      byTenant.set(key, access);
    }
    return access;
  };
  return {
    inTenant: (tenant, permission) => tenantAccess(tenant).permissions.has(permission),
    branchesIn: (tenant, permission) => tenantAccess(tenant).branchesFor(permission),
    anywhere: (permission) => anywhere.has(permission),
    deploymentWide: (permission) => deploymentWide.has(permission),
  };
}
