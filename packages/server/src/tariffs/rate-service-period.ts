import { fail, type RatedBill, type RatingErrorCode, type Result, type RoundingMode } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { findPricePlan } from './find-price-plan.ts';
import { rateServicePeriodOn, type ServicePeriodRating } from './service-period-rating.ts';

/**
 * Rates one account's service period on a tenant's stored price plan, on the caller's
 * transaction, rounded the tenant's way: the entry billing calls for each agreement of a bill
 * period. Domain values in, the domain's rated bill out (no API shapes); stores nothing.
 */
export async function rateServicePeriod(
  trx: Transaction<Database>,
  tenant: { readonly id: string; readonly roundingMode: RoundingMode },
  { pricePlanId, ...period }: ServicePeriodRating & { readonly pricePlanId: string },
): Promise<Result<RatedBill, RatingErrorCode | 'price_plan_not_found'>> {
  const stored = await findPricePlan(trx, { tenantId: tenant.id, planId: pricePlanId });
  if (!stored) return fail('price_plan_not_found', `No price plan ${pricePlanId}`);
  return rateServicePeriodOn(stored.definition, period, tenant.roundingMode);
}
