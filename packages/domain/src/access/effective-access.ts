import { unreachable } from '../unreachable.ts';

/** A role held at a scope, with the role's permissions resolved. */
export interface HeldGrant {
  readonly scope: 'deployment' | 'group' | 'tenant' | 'branch';
  readonly tenantGroupId: string | null;
  readonly tenantId: string | null;
  readonly branchCode: string | null;
  readonly permissions: readonly string[];
}

/** What a person or key may do in one tenant, and in which branches when limited to some. */
export interface TenantAccess {
  readonly permissions: ReadonlySet<string>;
  /** Per permission: null when held tenant-wide, else the only branches it covers. */
  readonly branchesFor: (permission: string) => ReadonlySet<string> | null;
}

const covers = (grant: HeldGrant, tenant: { id: string; groupId: string | null }): boolean => {
  switch (grant.scope) {
    case 'deployment':
      return true;
    case 'group':
      return tenant.groupId !== null && grant.tenantGroupId === tenant.groupId;
    case 'tenant':
    case 'branch':
      return grant.tenantId === tenant.id;
    default:
      return unreachable(grant.scope);
  }
};

/**
 * The union of every grant that covers the tenant. A permission held tenant-wide anywhere
 * wins over the same permission held only in some branches.
 */
export function accessInTenant(
  grants: readonly HeldGrant[],
  tenant: { id: string; groupId: string | null },
): TenantAccess {
  const permissions = new Set<string>();
  const wide = new Set<string>();
  const branches = new Map<string, Set<string>>();
  for (const grant of grants) {
    if (!covers(grant, tenant)) continue;
    for (const permission of grant.permissions) {
      permissions.add(permission);
      if (grant.scope !== 'branch') wide.add(permission);
      else if (grant.branchCode !== null) {
        const held = branches.get(permission) ?? new Set<string>();
        held.add(grant.branchCode);
        branches.set(permission, held);
      }
    }
  }
  return {
    permissions,
    branchesFor: (permission) => (wide.has(permission) ? null : (branches.get(permission) ?? new Set())),
  };
}

/** True when some grant covers the tenant at all: otherwise the tenant does not exist for them. */
export const canSeeTenant = (grants: readonly HeldGrant[], tenant: { id: string; groupId: string | null }): boolean =>
  grants.some((grant) => covers(grant, tenant));

/** Permissions held everywhere: creating tenants, managing users and roles deployment-wide. */
export function deploymentPermissions(grants: readonly HeldGrant[]): ReadonlySet<string> {
  return new Set(grants.filter((grant) => grant.scope === 'deployment').flatMap((grant) => grant.permissions));
}

/** True when `inner` lies within `outer`: a manager may only hand out scopes inside their own. */
export function scopeWithin(
  inner: Pick<HeldGrant, 'scope' | 'tenantGroupId' | 'tenantId' | 'branchCode'>,
  outer: Pick<HeldGrant, 'scope' | 'tenantGroupId' | 'tenantId' | 'branchCode'>,
  groupOfTenant: (tenantId: string) => string | null,
): boolean {
  switch (outer.scope) {
    case 'deployment':
      return true;
    case 'group':
      return (
        (inner.scope === 'group' && inner.tenantGroupId === outer.tenantGroupId) ||
        ((inner.scope === 'tenant' || inner.scope === 'branch') &&
          inner.tenantId !== null &&
          groupOfTenant(inner.tenantId) === outer.tenantGroupId)
      );
    case 'tenant':
      return (inner.scope === 'tenant' || inner.scope === 'branch') && inner.tenantId === outer.tenantId;
    case 'branch':
      return inner.scope === 'branch' && inner.tenantId === outer.tenantId && inner.branchCode === outer.branchCode;
    default:
      return unreachable(outer.scope);
  }
}
