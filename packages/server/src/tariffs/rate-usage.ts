import type { PricePlanDefinition, RatingInputDefinition } from '@utilis/contracts';
import {
  type RatedBill,
  type RatingErrorCode,
  type Result,
  type RoundingMode,
  rate,
  validatePricePlan,
} from '@utilis/domain';
import { type PricePlanInvalid, pricePlanInvalid } from './price-plan-invalid.ts';
import { ratingInputFromRequest } from './rating-input-from-request.ts';

/**
 * Checks a plan, reads a rating request in its JSON form and rates it: the one way from JSON to
 * a rated bill, for the API and the command line alike.
 */
export function rateUsage(
  plan: PricePlanDefinition,
  request: RatingInputDefinition,
  defaultRounding: RoundingMode,
): Result<RatedBill, RatingErrorCode> | PricePlanInvalid {
  const problems = validatePricePlan(plan);
  if (problems.length > 0) return pricePlanInvalid(problems);
  const input = ratingInputFromRequest(plan, request, defaultRounding);
  return input.ok ? rate(input.value) : input;
}
