import type { HeldGrant } from '@utilis/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';

/** A person's live grants with their roles' permissions. */
export async function loadGrants(db: Kysely<Database>, userId: string): Promise<HeldGrant[]> {
  return db
    .selectFrom('roleGrant')
    .innerJoin('role', 'role.id', 'roleGrant.roleId')
    .select([
      'roleGrant.scope',
      'roleGrant.tenantGroupId',
      'roleGrant.tenantId',
      'roleGrant.branchCode',
      'role.permissions',
    ])
    .where('roleGrant.userId', '=', userId)
    .where('roleGrant.revokedAt', 'is', null)
    .execute();
}
