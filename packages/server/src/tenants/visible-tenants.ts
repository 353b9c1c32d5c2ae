import type { HeldGrant } from '@utilis/domain';

/** Which tenants a principal's grants reach: all of them, or these ids and these groups' tenants. */
export type TenantVisibility = { all: true } | { all: false; tenantIds: string[]; groupIds: string[] };

export function visibilityOf(grants: readonly HeldGrant[]): TenantVisibility {
  if (grants.some((grant) => grant.scope === 'deployment')) return { all: true };
  return {
    all: false,
    tenantIds: grants.flatMap((grant) => (grant.tenantId ? [grant.tenantId] : [])),
    groupIds: grants.flatMap((grant) => (grant.scope === 'group' && grant.tenantGroupId ? [grant.tenantGroupId] : [])),
  };
}
