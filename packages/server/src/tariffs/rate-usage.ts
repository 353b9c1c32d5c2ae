import type { PricePlanDefinition, RatingInputDefinition } from '@utilis/contracts';
import {
  type RatedBill,
  type RatingErrorCode,
  type Result,
  type RoundingMode,
  validatePricePlan,
} from '@utilis/domain';
import { type PricePlanInvalid, pricePlanInvalid } from './price-plan-invalid.ts';
import { servicePeriodRatingFromRequest } from './rating-input-from-request.ts';
import { rateServicePeriodOn } from './service-period-rating.ts';

/**
 * Checks a plan, reads a rating request in its JSON form and rates it as billing does
 * (rateServicePeriodOn): the one way from JSON to a rated bill, for the API and the command line alike.
 */
export function rateUsage(
  plan: PricePlanDefinition,
  request: RatingInputDefinition,
  defaultRounding: RoundingMode,
): Result<RatedBill, RatingErrorCode> | PricePlanInvalid {
  const problems = validatePricePlan(plan);
  if (problems.length > 0) return pricePlanInvalid(problems);
  const period = servicePeriodRatingFromRequest(request);
  return period.ok ? rateServicePeriodOn(plan, period.value, request.rounding ?? defaultRounding) : period;
}
