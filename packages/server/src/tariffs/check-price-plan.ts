import type { PricePlanDefinition, Tenant } from '@utilis/contracts';
import { fail, ok, type Result, validatePricePlan } from '@utilis/domain';
import { type PricePlanInvalid, pricePlanInvalid } from './price-plan-invalid.ts';

/** Whether a new plan can be rated and bills in the tenant's currency; nothing is stored. */
export function checkPricePlan(
  tenant: Pick<Tenant, 'currency'>,
  definition: PricePlanDefinition,
): Result<null, 'price_plan_currency_mismatch'> | PricePlanInvalid {
  const problems = validatePricePlan(definition);
  if (problems.length > 0) return pricePlanInvalid(problems);
  if (definition.currency !== tenant.currency) {
    return fail(
      'price_plan_currency_mismatch',
      `The plan is in ${definition.currency}; the tenant bills in ${tenant.currency}`,
    );
  }
  return ok(null);
}
