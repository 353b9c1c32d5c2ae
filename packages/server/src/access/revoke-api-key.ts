import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { revokeApiKeyRow, selectApiKey } from './api-key.sql.ts';
import { toApiKey } from './api-key-dto.ts';

/** Revokes a key at once; the row stays so its past use can be traced. Revoking twice changes nothing. */
export const revokeApiKey = defineCommand<{ keyId: string }, null, 'api_key_not_found'>({
  name: 'api_key.revoke',
  entity: 'api_key',
  permission: 'access.api_keys.manage',
  entityId: ({ keyId }) => keyId,
  before: async ({ trx, tenant }, { keyId }) => {
    const key = await selectApiKey(trx, { tenantId: tenant.id, keyId });
    return key ? toApiKey(key) : null;
  },
  execute: async ({ trx, tenant, now }, { keyId }) => {
    const key = await selectApiKey(trx, { tenantId: tenant.id, keyId });
    if (!key) return fail('api_key_not_found');
    if (key.revokedAt === null) {
      await revokeApiKeyRow(trx, { tenantId: tenant.id, keyId, at: new Date(now().epochMilliseconds) });
    }
    return ok(null);
  },
});
