import type { HeldGrant } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';

/** A person's live grants with their roles' permissions. */
export async function loadGrants(trx: Transaction<Database>, userId: string): Promise<HeldGrant[]> {
  return trx
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

/** What a key holds: its role, throughout its tenant; nothing once revoked. */
export async function loadKeyGrants(trx: Transaction<Database>, keyId: string): Promise<HeldGrant[]> {
  const key = await trx
    .selectFrom('apiKey')
    .innerJoin('role', 'role.id', 'apiKey.roleId')
    .select(['apiKey.tenantId', 'role.permissions'])
    .where('apiKey.id', '=', keyId)
    .where('apiKey.revokedAt', 'is', null)
    .executeTakeFirst();
  return key
    ? [{ scope: 'tenant', tenantGroupId: null, tenantId: key.tenantId, branchCode: null, permissions: key.permissions }]
    : [];
}
