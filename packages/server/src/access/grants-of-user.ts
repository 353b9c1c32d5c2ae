import type { Grant, GrantScope } from '@utilis/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import type { RoleGrantRow } from './access.tables.ts';

/** A person's live grants as the API shows them. */
export async function grantsOfUser(db: Kysely<Database>, userId: string): Promise<Grant[]> {
  const rows = await db
    .selectFrom('roleGrant')
    .innerJoin('role', 'role.id', 'roleGrant.roleId')
    .selectAll('roleGrant')
    .select('role.code as roleCode')
    .where('roleGrant.userId', '=', userId)
    .where('roleGrant.revokedAt', 'is', null)
    .orderBy('roleGrant.createdAt')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    roleId: row.roleId,
    roleCode: row.roleCode,
    scope: scopeOf(row),
    createdAt: row.createdAt.toISOString(),
  }));
}

export function scopeOf(row: Pick<RoleGrantRow, 'scope' | 'tenantGroupId' | 'tenantId' | 'branchCode'>): GrantScope {
  switch (row.scope) {
    case 'deployment':
      return { scope: 'deployment' };
    case 'group':
      return { scope: 'group', tenantGroupId: row.tenantGroupId ?? '' };
    case 'tenant':
      return { scope: 'tenant', tenantId: row.tenantId ?? '' };
    case 'branch':
      return { scope: 'branch', tenantId: row.tenantId ?? '', branchCode: row.branchCode ?? '' };
  }
}

/** A grant's scope as the table stores it. */
export function scopeFieldsOf(
  scope: GrantScope,
): Pick<RoleGrantRow, 'scope' | 'tenantGroupId' | 'tenantId' | 'branchCode'> {
  return {
    scope: scope.scope,
    tenantGroupId: scope.scope === 'group' ? scope.tenantGroupId : null,
    tenantId: scope.scope === 'tenant' || scope.scope === 'branch' ? scope.tenantId : null,
    branchCode: scope.scope === 'branch' ? scope.branchCode : null,
  };
}
