import type { PricePlanSummary } from '@utilis/contracts';
import { sql } from 'kysely';
import { withTenant } from '../db/index.ts';
import type { UseCaseDeps } from '../deps.ts';
import { containsPattern, pageFrom } from '../http/page-cursor.ts';
import { toPricePlanSummary } from './price-plan-dto.ts';

/** Newest first (ids are time-ordered UUIDv7); text matches the code or the name in any language. */
export async function listPricePlans(
  { db }: Pick<UseCaseDeps, 'db'>,
  { tenantId, limit, beforeId, text }: { tenantId: string; limit: number; beforeId?: string; text?: string },
): Promise<{ items: PricePlanSummary[]; nextCursor: string | null }> {
  const { plans, versions } = await withTenant(db, tenantId, async (trx) => {
    let query = trx
      .selectFrom('pricePlan')
      .selectAll()
      .where('tenantId', '=', tenantId)
      .orderBy('id', 'desc')
      .limit(limit + 1);
    if (beforeId !== undefined) query = query.where('id', '<', beforeId);
    if (text) {
      const pattern = containsPattern(text);
      query = query.where((eb) =>
        eb.or([
          eb('code', 'ilike', pattern),
          sql<boolean>`exists (select from jsonb_each_text(${eb.ref('name')}) as names(language, text) where names.text ilike ${pattern})`,
        ]),
      );
    }
    const plans = await query.execute();
    const planIds = plans.map((plan) => plan.id);
    const versions =
      planIds.length === 0
        ? []
        : await trx
            .selectFrom('pricePlanVersion')
            .select(['pricePlanId', 'effectiveFrom'])
            .where('tenantId', '=', tenantId)
            .where('pricePlanId', 'in', planIds)
            .orderBy('effectiveFrom')
            .execute();
    return { plans, versions };
  });
  return pageFrom(plans, {
    limit,
    toItem: (plan) =>
      toPricePlanSummary(
        plan,
        versions.filter((version) => version.pricePlanId === plan.id),
      ),
    keyOf: (plan) => plan.id,
  });
}
