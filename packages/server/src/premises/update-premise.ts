import type { PremiseWithServicePoints, UpdatePremise } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { findPremise } from './find-premise.ts';

// Deeper than any real building → unit → room chain; stops a corrupt loop from spinning.
const maxDepth = 64;

/** Changes an address or its figures; moving it under a building refuses a loop. */
export async function updatePremise(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  { tenantId, premiseId, changes }: { tenantId: string; premiseId: string; changes: UpdatePremise },
): Promise<Result<PremiseWithServicePoints, 'premise_not_found' | 'premise_cannot_contain_itself'>> {
  const outcome = await withTenant(db, tenantId, async (trx) => {
    const current = await trx
      .selectFrom('premise')
      .select('id')
      .where('tenantId', '=', tenantId)
      .where('id', '=', premiseId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return fail('premise_not_found');
    let ancestor = changes.parentPremiseId ?? null;
    for (let depth = 0; ancestor !== null; depth++) {
      if (ancestor === premiseId || depth > maxDepth) return fail('premise_cannot_contain_itself');
      const parent = await trx
        .selectFrom('premise')
        .select('parentPremiseId')
        .where('tenantId', '=', tenantId)
        .where('id', '=', ancestor)
        .executeTakeFirst();
      if (!parent) return fail('premise_not_found', `No building premise ${ancestor}`);
      ancestor = parent.parentPremiseId;
    }
    await trx
      .updateTable('premise')
      .set({ ...changes, updatedAt: new Date(now().epochMilliseconds) })
      .where('tenantId', '=', tenantId)
      .where('id', '=', premiseId)
      .execute();
    return ok(undefined);
  });
  if (!outcome.ok) return outcome;
  const premise = await findPremise({ db }, { tenantId, premiseId });
  return premise ? ok(premise) : fail('premise_not_found');
}
