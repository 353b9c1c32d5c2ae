import type { RatingPreview } from '@utilis/contracts';
import { fail, type RatedBill, type RatingErrorCode, type Result } from '@utilis/domain';
import type { UseCaseDeps } from '../deps.ts';
import { findTenant } from '../tenants/index.ts';
import { findPricePlan } from './find-price-plan.ts';
import type { PricePlanInvalid } from './price-plan-invalid.ts';
import { rateUsage } from './rate-usage.ts';

/**
 * Rates one period without storing anything: on the plan sent (rounded half-up unless the
 * request names a mode) or on a tenant's stored plan (rounded the tenant's way).
 */
export async function previewRating(
  deps: Pick<UseCaseDeps, 'db'>,
  preview: RatingPreview,
): Promise<Result<RatedBill, RatingErrorCode | 'tenant_not_found' | 'price_plan_not_found'> | PricePlanInvalid> {
  if (preview.plan) return rateUsage(preview.plan, preview, 'half-up');
  const { tenantId, pricePlanId } = preview;
  if (tenantId === undefined || pricePlanId === undefined) {
    throw new Error('ratingPreviewSchema lets no preview through without a plan or a stored plan');
  }
  const tenant = await findTenant(deps, tenantId);
  if (!tenant) return fail('tenant_not_found');
  const stored = await findPricePlan(deps, { tenantId, planId: pricePlanId });
  if (!stored) return fail('price_plan_not_found');
  const rated = rateUsage(stored.definition, preview, tenant.roundingMode);
  // A stored plan passed these checks when it was stored; its problems are no field of this request.
  return 'problems' in rated ? fail(rated.code, `The stored plan no longer validates: ${rated.detail}`) : rated;
}
