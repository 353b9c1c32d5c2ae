import { fail, ok, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';

/** Revokes a key at once; the row stays so its past use can be traced. Revoking twice changes nothing. */
export async function revokeApiKey(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  { tenantId, keyId }: { tenantId: string; keyId: string },
): Promise<Result<null, 'api_key_not_found'>> {
  const key = await db
    .selectFrom('apiKey')
    .select(['id', 'revokedAt'])
    .where('tenantId', '=', tenantId)
    .where('id', '=', keyId)
    .executeTakeFirst();
  if (!key) return fail('api_key_not_found');
  if (key.revokedAt === null) {
    await db
      .updateTable('apiKey')
      .set({ revokedAt: new Date(now().epochMilliseconds) })
      .where('tenantId', '=', tenantId)
      .where('id', '=', keyId)
      .where('revokedAt', 'is', null)
      .execute();
  }
  return ok(null);
}
