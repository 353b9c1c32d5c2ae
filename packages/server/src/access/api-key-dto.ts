import type { ApiKey, CreatedApiKey } from '@utilis/contracts';
import type { ApiKeyRow } from './api-key.sql.ts';

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

/** A new key with its secret: answered once, and redacted in the audit trail (a `secret` field). */
export const toCreatedApiKey = ({ key, secret }: { key: ApiKeyRow; secret: string }): CreatedApiKey => ({
  ...toApiKey(key),
  secret,
});
