import type { PricePlanDefinition, PricePlanRecord, Tenant } from '@utilis/contracts';
import { fail, ok, type Result } from '@utilis/domain';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { checkPricePlan } from './check-price-plan.ts';
import { toPricePlanRecord } from './price-plan-dto.ts';
import type { PricePlanInvalid } from './price-plan-invalid.ts';

/** Stores a price plan with its versions, once the domain has checked that it can be rated. */
export async function createPricePlan(
  { db, now, newId }: UseCaseDeps,
  tenant: Pick<Tenant, 'id' | 'currency'>,
  definition: PricePlanDefinition,
): Promise<Result<PricePlanRecord, 'price_plan_currency_mismatch' | 'price_plan_code_taken'> | PricePlanInvalid> {
  const checked = checkPricePlan(tenant, definition);
  if (!checked.ok) return checked;
  const createdAt = new Date(now().epochMilliseconds);
  return withTenant(db, tenant.id, async (trx) => {
    const plan = await trx
      .insertInto('pricePlan')
      .values({
        tenantId: tenant.id,
        id: newId(),
        code: definition.code,
        name: JSON.stringify(definition.name),
        currency: definition.currency,
        // Stored resolved, so a later change of the default never re-rates an old plan differently.
        versionChange: definition.versionChange ?? 'split_by_days',
        createdAt,
        updatedAt: createdAt,
      })
      .onConflict((conflict) => conflict.columns(['tenantId', 'code']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!plan) return fail('price_plan_code_taken', `The code ${definition.code} is in use`);
    const versions = await trx
      .insertInto('pricePlanVersion')
      .values(
        definition.versions.map((version) => ({
          tenantId: tenant.id,
          pricePlanId: plan.id,
          effectiveFrom: version.effectiveFrom,
          definition: JSON.stringify(version),
          createdAt,
        })),
      )
      .returningAll()
      .execute();
    return ok(toPricePlanRecord(plan, versions));
  });
}
