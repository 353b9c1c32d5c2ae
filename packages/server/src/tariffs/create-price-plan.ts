import { type PricePlanDefinition, type PricePlanRecord, pricePlanSchema } from '@utilis/contracts';
import { fail, ok } from '@utilis/domain';
import { defineCommand } from '../commands/index.ts';
import { checkPricePlan } from './check-price-plan.ts';
import { toPricePlanRecord } from './price-plan-dto.ts';

/**
 * Stores a price plan with its versions, once the domain has checked that it can be rated.
 * Publishing prices is what a tenant may want a second person to approve (fourEyesActions).
 */
export const createPricePlan = defineCommand<
  PricePlanDefinition,
  PricePlanRecord,
  'price_plan_invalid' | 'price_plan_currency_mismatch' | 'price_plan_code_taken'
>({
  name: 'price_plan.create',
  entity: 'price_plan',
  permission: 'tariffs.publish',
  approval: {
    permission: 'tariffs.publish',
    input: pricePlanSchema,
    summarize: async ({ tenant }, definition: PricePlanDefinition) => {
      const checked = checkPricePlan(tenant, definition);
      if (!checked.ok) return checked;
      const from = definition.versions.map((version) => version.effectiveFrom).sort()[0];
      return ok(`Publish price plan ${definition.code} with ${definition.versions.length} version(s) from ${from}`);
    },
  },
  execute: async ({ trx, tenant, now, newId }, definition: PricePlanDefinition) => {
    const checked = checkPricePlan(tenant, definition);
    if (!checked.ok) return checked;
    const createdAt = new Date(now().epochMilliseconds);
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
  },
});
