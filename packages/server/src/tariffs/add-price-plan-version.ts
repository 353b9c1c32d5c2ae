import type { PricePlanRecord, PricePlanVersionDefinition } from '@utilis/contracts';
import { fail, ok, type Result, validatePricePlan } from '@utilis/domain';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { selectPricePlanVersions, toPricePlanDefinition, toPricePlanRecord } from './price-plan-dto.ts';
import { type PricePlanInvalid, pricePlanInvalid } from './price-plan-invalid.ts';

/**
 * A price change: a new version taking effect after the latest one. Stored versions are never
 * edited, because bills already rated on them must re-rate to the same lines.
 */
export async function addPricePlanVersion(
  { db, now }: Pick<UseCaseDeps, 'db' | 'now'>,
  { tenantId, planId, version }: { tenantId: string; planId: string; version: PricePlanVersionDefinition },
): Promise<Result<PricePlanRecord, 'price_plan_not_found' | 'price_plan_version_not_later'> | PricePlanInvalid> {
  return withTenant(db, tenantId, async (trx) => {
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
  });
}
