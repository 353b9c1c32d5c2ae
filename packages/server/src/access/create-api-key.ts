import { randomInt } from 'node:crypto';
import { accessInTenant, fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { actorGrants } from './actor-grants.ts';
import { type ApiKeyRow, insertApiKey, selectApiKey } from './api-key.sql.ts';
import { toCreatedApiKey } from './api-key-dto.ts';
import { selectRole } from './role.sql.ts';
import { hashOfToken, newSecretToken } from './secret-token.ts';

const prefixAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// The prefix finds the key's row; only the secret after it proves the holder.
const newPrefix = () => Array.from({ length: 12 }, () => prefixAlphabet[randomInt(prefixAlphabet.length)]).join('');

/**
 * An integration key of one tenant with one role, shown once as `utk_<prefix>_<secret>`; only
 * the prefix and a hash of the secret are stored, and the audit trail redacts the secret. A key
 * holds the tenant's whole range, so its role may carry only permissions its creator holds
 * tenant-wide; and only a person creates keys, since a key making keys would answer to no one.
 */
export const createApiKey = defineCommand<
  { name: string; roleId: string },
  { key: ApiKeyRow; secret: string },
  'permission_denied' | 'role_not_found' | 'role_exceeds_your_permissions'
>({
  name: 'api_key.create',
  entity: 'api_key',
  permission: 'access.api_keys.manage',
  entityId: (_input, { key }) => key.id,
  audited: (created) => toCreatedApiKey(created),
  execute: async ({ trx, tenant, origin, now, newId }, { name, roleId }) => {
    const { actor } = origin;
    if (actor.kind !== 'user' || actor.id === null) {
      return fail('permission_denied', 'Only a signed-in person creates API keys');
    }
    const role = await selectRole(trx, roleId);
    if (!role) return fail('role_not_found');
    const creatorAccess = accessInTenant(await actorGrants(trx, origin), tenant);
    const beyond = role.permissions.find(
      (permission) => !creatorAccess.permissions.has(permission) || creatorAccess.branchesFor(permission) !== null,
    );
    if (beyond !== undefined) {
      return fail('role_exceeds_your_permissions', `You do not hold ${beyond} throughout this tenant`);
    }
    const id = newId();
    const prefix = newPrefix();
    const secret = newSecretToken();
    await insertApiKey(trx, {
      tenantId: tenant.id,
      id,
      name,
      prefix,
      secretHash: hashOfToken(secret),
      roleId,
      createdBy: actor.id,
      createdAt: new Date(now().epochMilliseconds),
      lastUsedAt: null,
      revokedAt: null,
    });
    const key = await selectApiKey(trx, { tenantId: tenant.id, keyId: id });
    if (!key) throw new Error(`API key ${id} vanished right after it was created`);
    return ok({ key, secret: `utk_${prefix}_${secret}` });
  },
});
