import type { PricePlanRecord } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { selectPricePlanVersions, toPricePlanRecord } from './price-plan-dto.ts';

/** A stored price plan with all its versions. */
export async function findPricePlan(
  trx: Transaction<Database>,
  { tenantId, planId }: { tenantId: string; planId: string },
): Promise<PricePlanRecord | undefined> {
  const plan = await trx
    .selectFrom('pricePlan')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('id', '=', planId)
    .executeTakeFirst();
  return plan && toPricePlanRecord(plan, await selectPricePlanVersions(trx, tenantId, planId));
}
