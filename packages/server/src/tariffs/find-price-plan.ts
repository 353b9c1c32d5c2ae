import type { PricePlanRecord } from '@utilis/contracts';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { selectPricePlanVersions, toPricePlanRecord } from './price-plan-dto.ts';

/** A stored price plan with all its versions. */
export async function findPricePlan(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, planId }: { tenantId: string; planId: string },
): Promise<PricePlanRecord | undefined> {
  return withTenant(db, tenantId, async (trx) => {
    const plan = await trx
      .selectFrom('pricePlan')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('id', '=', planId)
      .executeTakeFirst();
    return plan && toPricePlanRecord(plan, await selectPricePlanVersions(trx, tenantId, planId));
  });
}
