import type { ApiKey } from '@utilis/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';

/** A tenant's keys with their roles, newest first; the secret is never stored, so never shown. */
export function selectApiKeys(db: Kysely<Database>, tenantId: string) {
  return db
    .selectFrom('apiKey')
    .innerJoin('role', 'role.id', 'apiKey.roleId')
    .select([
      'apiKey.id',
      'apiKey.tenantId',
      'apiKey.name',
      'apiKey.prefix',
      'apiKey.roleId',
      'role.code as roleCode',
      'apiKey.createdAt',
      'apiKey.lastUsedAt',
      'apiKey.revokedAt',
    ])
    .where('apiKey.tenantId', '=', tenantId)
    .orderBy('apiKey.createdAt', 'desc')
    .orderBy('apiKey.id', 'desc');
}

type ApiKeyRow = Awaited<ReturnType<ReturnType<typeof selectApiKeys>['executeTakeFirstOrThrow']>>;

export const toApiKey = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  tenantId: row.tenantId,
  name: row.name,
  prefix: row.prefix,
  roleId: row.roleId,
  roleCode: row.roleCode,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});
