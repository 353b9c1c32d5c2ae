import type { Premise } from '@utilis/contracts';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { containsPattern, pageFrom } from '../../http/page-cursor.ts';
import { toPremise } from './premise-dto.ts';

/** Newest first; text matches the address lines, the city, the postal code or the reference. */
export async function listPremises(
  { db }: Pick<UseCaseDeps, 'db'>,
  filter: { tenantId: string; limit: number; beforeId?: string; text?: string; parentPremiseId?: string },
): Promise<{ items: Premise[]; nextCursor: string | null }> {
  const { tenantId, limit, beforeId, text, parentPremiseId } = filter;
  const rows = await withTenant(db, tenantId, (trx) => {
    let query = trx
      .selectFrom('premise')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .orderBy('id', 'desc')
      .limit(limit + 1);
    if (beforeId !== undefined) query = query.where('id', '<', beforeId);
    if (parentPremiseId !== undefined) query = query.where('parentPremiseId', '=', parentPremiseId);
    if (text) {
      const pattern = containsPattern(text);
      query = query.where((eb) =>
        eb.or([
          eb('addressLine1', 'ilike', pattern),
          eb('addressLine2', 'ilike', pattern),
          eb('city', 'ilike', pattern),
          eb('postalCode', 'ilike', pattern),
          eb('reference', 'ilike', pattern),
        ]),
      );
    }
    return query.execute();
  });
  return pageFrom(rows, { limit, toItem: toPremise, keyOf: (row) => row.id });
}
