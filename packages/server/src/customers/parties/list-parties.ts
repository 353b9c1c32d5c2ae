import type { Party } from '@utilis/contracts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { containsPattern, pageFrom } from '../../http/page-cursor.ts';
import { toParty } from './party-dto.ts';

/** Newest first (ids are time-ordered UUIDv7); beforeId is the last id of the previous page. */
export async function listParties(
  { db }: Pick<UseCaseDeps, 'db'>,
  {
    tenantId,
    limit,
    beforeId,
    nameContains,
  }: { tenantId: string; limit: number; beforeId?: string; nameContains?: string },
): Promise<{ items: Party[]; nextCursor: string | null }> {
  const rows = await withTenant(db, tenantId, (trx) => {
    let query = trx
      .selectFrom('party')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .orderBy('id', 'desc')
      .limit(limit + 1);
    if (beforeId !== undefined) query = query.where('id', '<', beforeId);
    if (nameContains) query = query.where('displayName', 'ilike', containsPattern(nameContains));
    return query.execute();
  });
  return pageFrom(rows, { limit, toItem: toParty, keyOf: (row) => row.id });
}
