import type { PremiseWithServicePoints, UpdatePremise } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../../db/index.ts';
import type { UseCaseDeps } from '../../deps.ts';
import { findPremise } from './find-premise.ts';
import { isReferenceClash } from './is-reference-clash.ts';

// Deeper than any real building → unit → room chain; stops a corrupt loop from spinning.
const maxDepth = 64;

/** Changes an address or its figures; moving it under a building refuses a loop. */
export async function updatePremise(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  { tenantId, premiseId, changes }: { tenantId: string; premiseId: string; changes: UpdatePremise },
): Promise<
  Result<PremiseWithServicePoints, 'premise_not_found' | 'premise_cannot_contain_itself' | 'premise_reference_taken'>
> {
  const taken = () => fail('premise_reference_taken', `Another premise already has the reference ${changes.reference}`);
  const write = withTenant(db, tenantId, async (trx) => {
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
    if (changes.reference) {
      const holder = await trx
        .selectFrom('premise')
        .select('id')
        .where('tenantId', '=', tenantId)
        .where('reference', '=', changes.reference)
        .where('id', '<>', premiseId)
        .executeTakeFirst();
      if (holder) return taken();
    }
    await trx
      .updateTable('premise')
      .set({ ...changes, updatedAt: new Date(now().epochMilliseconds) })
      .where('tenantId', '=', tenantId)
      .where('id', '=', premiseId)
      .execute();
    return ok(undefined);
  });
  const outcome = await write.catch((error: unknown) => {
    if (isReferenceClash(error)) return taken();
    throw error;
  });
  if (!outcome.ok) return outcome;
  const premise = await findPremise({ db }, { tenantId, premiseId });
  return premise ? ok(premise) : fail('premise_not_found');
}
