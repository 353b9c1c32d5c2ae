import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { ApiKeyTable } from './access.tables.ts';

/** A tenant's keys with their roles, newest first; the secret is never stored, so never shown. */
export function selectApiKeys(trx: Transaction<Database>, tenantId: string) {
  return trx
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

export type ApiKeyRow = Awaited<ReturnType<ReturnType<typeof selectApiKeys>['executeTakeFirstOrThrow']>>;

/** One key of a tenant with its role; a key of another tenant is not found. */
export async function selectApiKey(
  trx: Transaction<Database>,
  { tenantId, keyId }: { tenantId: string; keyId: string },
): Promise<ApiKeyRow | undefined> {
  return selectApiKeys(trx, tenantId).where('apiKey.id', '=', keyId).executeTakeFirst();
}

export async function insertApiKey(trx: Transaction<Database>, values: Insertable<ApiKeyTable>): Promise<void> {
  await trx.insertInto('apiKey').values(values).execute();
}

/** Stamps a live key revoked; a revoked key keeps its first revocation time. */
export async function revokeApiKeyRow(
  trx: Transaction<Database>,
  { tenantId, keyId, at }: { tenantId: string; keyId: string; at: Date },
): Promise<void> {
  await trx
    .updateTable('apiKey')
    .set({ revokedAt: at })
    .where('tenantId', '=', tenantId)
    .where('id', '=', keyId)
    .where('revokedAt', 'is', null)
    .execute();
}
