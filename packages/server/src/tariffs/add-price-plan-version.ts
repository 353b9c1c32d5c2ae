import {
  idSchema,
  type PricePlanRecord,
  type PricePlanVersionDefinition,
  pricePlanVersionSchema,
} from '@utilis/contracts';
import { fail, ok, validatePricePlan } from '@utilis/domain';
import { z } from 'zod';
import { defineCommand } from '../commands/index.ts';
import { findPricePlan } from './find-price-plan.ts';
import { selectPricePlanVersions, toPricePlanDefinition, toPricePlanRecord } from './price-plan-dto.ts';
import { pricePlanInvalid } from './price-plan-invalid.ts';

type NewVersion = { planId: string; version: PricePlanVersionDefinition };

/**
 * A price change: a new version taking effect after the latest one. Stored versions are never
 * edited, because bills already rated on them must re-rate to the same lines.
 */
export const addPricePlanVersion = defineCommand<
  NewVersion,
  PricePlanRecord,
  'price_plan_not_found' | 'price_plan_version_not_later' | 'price_plan_invalid'
>({
  name: 'price_plan.add_version',
  entity: 'price_plan',
  permission: 'tariffs.publish',
  entityId: ({ planId }: NewVersion) => planId,
  before: ({ trx, tenant }, { planId }) => findPricePlan(trx, { tenantId: tenant.id, planId }),
  approval: {
    permission: 'tariffs.publish',
    input: z.strictObject({ planId: idSchema, version: pricePlanVersionSchema }),
    summarize: async ({ trx, tenant }, { planId, version }: NewVersion) => {
      const plan = await findPricePlan(trx, { tenantId: tenant.id, planId });
      if (!plan) return fail('price_plan_not_found');
      return ok(`Change the prices of ${plan.definition.code} from ${version.effectiveFrom}`);
    },
  },
  execute: async ({ trx, tenant, now }, { planId, version }: NewVersion) => {
    const tenantId = tenant.id;
    // The lock makes two concurrent additions check the latest version one after the other.
    const plan = await trx
      .selectFrom('pricePlan')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .where('id', '=', planId)
      .forUpdate()
      .executeTakeFirst();
    if (!plan) return fail('price_plan_not_found');
    const versions = await selectPricePlanVersions(trx, tenantId, planId);
    const latest = versions.at(-1);
    if (latest && version.effectiveFrom <= latest.effectiveFrom) {
      return fail(
        'price_plan_version_not_later',
        `The latest version takes effect on ${latest.effectiveFrom}; a new version must start later`,
      );
    }
    const current = toPricePlanDefinition(plan, versions);
    const problems = validatePricePlan({ ...current, versions: [...current.versions, version] });
    if (problems.length > 0) return pricePlanInvalid(problems, `versions[${versions.length}]`);

    const createdAt = new Date(now().epochMilliseconds);
    const added = await trx
      .insertInto('pricePlanVersion')
      .values({
        tenantId,
        pricePlanId: planId,
        effectiveFrom: version.effectiveFrom,
        definition: JSON.stringify(version),
        createdAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const updated = await trx
      .updateTable('pricePlan')
      .set({ updatedAt: createdAt })
      .where('tenantId', '=', tenantId)
      .where('id', '=', planId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return ok(toPricePlanRecord(updated, [...versions, added]));
  },
});
