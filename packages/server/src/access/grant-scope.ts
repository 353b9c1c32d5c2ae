import type { GrantScope } from '@utilis/contracts';
import { unreachable } from '@utilis/domain';
import type { RoleGrantRow } from './access.tables.ts';

type ScopeColumns = Pick<RoleGrantRow, 'scope' | 'tenantGroupId' | 'tenantId' | 'branchCode'>;

/** A stored grant's scope as the API shows it. */
export function scopeOf(row: ScopeColumns): GrantScope {
  switch (row.scope) {
    case 'deployment':
      return { scope: 'deployment' };
    case 'group':
      return { scope: 'group', tenantGroupId: row.tenantGroupId ?? '' };
    case 'tenant':
      return { scope: 'tenant', tenantId: row.tenantId ?? '' };
    case 'branch':
      return { scope: 'branch', tenantId: row.tenantId ?? '', branchCode: row.branchCode ?? '' };
    default:
      return unreachable(row.scope);
  }
}

/** A grant's scope as the table stores it. */
export function scopeFieldsOf(scope: GrantScope): ScopeColumns {
  return {
    scope: scope.scope,
    tenantGroupId: scope.scope === 'group' ? scope.tenantGroupId : null,
    tenantId: scope.scope === 'tenant' || scope.scope === 'branch' ? scope.tenantId : null,
    branchCode: scope.scope === 'branch' ? scope.branchCode : null,
  };
}
