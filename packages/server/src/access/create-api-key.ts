import { randomInt } from 'node:crypto';
import type { CreatedApiKey } from '@utilis/contracts';
import { fail, ok, type Result, type TenantAccess } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { selectApiKeys, toApiKey } from './api-key-dto.ts';
import { hashOfToken, newSecretToken } from './secret-token.ts';

const prefixAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// The prefix finds the key's row; only the secret after it proves the holder.
const newPrefix = () => Array.from({ length: 12 }, () => prefixAlphabet[randomInt(prefixAlphabet.length)]).join('');

/**
 * An integration key of one tenant with one role, shown once as `utk_<prefix>_<secret>`; only
 * the prefix and a hash of the secret are stored. A key holds the tenant's whole range, so
 * its role may carry only permissions its creator holds tenant-wide.
 */
export async function createApiKey(
  { db, now, newId }: UseCaseDeps,
  {
    tenantId,
    name,
    roleId,
    createdBy,
    creatorAccess,
  }: { tenantId: string; name: string; roleId: string; createdBy: string; creatorAccess: TenantAccess },
): Promise<Result<CreatedApiKey, 'role_not_found' | 'role_exceeds_your_permissions'>> {
  const role = await db.selectFrom('role').select(['id', 'permissions']).where('id', '=', roleId).executeTakeFirst();
  if (!role) return fail('role_not_found');
  const beyond = role.permissions.find(
    (permission) => !creatorAccess.permissions.has(permission) || creatorAccess.branchesFor(permission) !== null,
  );
  if (beyond !== undefined) {
    return fail('role_exceeds_your_permissions', `You do not hold ${beyond} throughout this tenant`);
  }
  const id = newId();
  const prefix = newPrefix();
  const secret = newSecretToken();
  await db
    .insertInto('apiKey')
    .values({
      tenantId,
      id,
      name,
      prefix,
      secretHash: hashOfToken(secret),
      roleId,
      createdBy,
      createdAt: new Date(now().epochMilliseconds),
      lastUsedAt: null,
      revokedAt: null,
    })
    .execute();
  const stored = await selectApiKeys(db, tenantId).where('apiKey.id', '=', id).executeTakeFirstOrThrow();
  return ok({ ...toApiKey(stored), secret: `utk_${prefix}_${secret}` });
}
