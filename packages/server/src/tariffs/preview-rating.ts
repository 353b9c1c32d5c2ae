import type { RatingPreview, Tenant } from '@utilis/contracts';
import { fail, type RatedBill, type RatingErrorCode, type Result } from '@utilis/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import { findPricePlan } from './find-price-plan.ts';
import type { PricePlanInvalid } from './price-plan-invalid.ts';
import { rateUsage } from './rate-usage.ts';

/** Rates one period on a tenant's stored plan, rounded the tenant's way, storing nothing. */
export async function previewStoredPlan(
  trx: Transaction<Database>,
  tenant: Pick<Tenant, 'id' | 'roundingMode'>,
  preview: RatingPreview & { pricePlanId: string },
): Promise<Result<RatedBill, RatingErrorCode | 'price_plan_not_found'>> {
  const stored = await findPricePlan(trx, { tenantId: tenant.id, planId: preview.pricePlanId });
  if (!stored) return fail('price_plan_not_found');
  const rated = rateUsage(stored.definition, preview, tenant.roundingMode);
  // A stored plan passed these checks when it was stored; its problems are no field of this request.
  return 'problems' in rated ? fail(rated.code, `The stored plan no longer validates: ${rated.detail}`) : rated;
}

/** Rates one period on the plan sent, rounded half-up unless the request names a mode, storing nothing. */
export const previewSentPlan = (
  preview: RatingPreview & { plan: NonNullable<RatingPreview['plan']> },
): Result<RatedBill, RatingErrorCode> | PricePlanInvalid => rateUsage(preview.plan, preview, 'half-up');
