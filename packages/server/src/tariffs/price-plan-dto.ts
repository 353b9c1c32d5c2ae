import type { PricePlanDefinition, PricePlanRecord, PricePlanSummary } from '@utilis/contracts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/index.ts';
import type { PricePlanRow, PricePlanVersionRow } from './price-plan.tables.ts';

const byEffectiveFrom = (a: PricePlanVersionRow, b: PricePlanVersionRow) =>
  a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0;

export const toPricePlanDefinition = (
  plan: PricePlanRow,
  versions: readonly PricePlanVersionRow[],
): PricePlanDefinition => ({
  code: plan.code,
  name: plan.name,
  currency: plan.currency,
  versionChange: plan.versionChange,
  versions: [...versions].sort(byEffectiveFrom).map((version) => version.definition),
});

export const toPricePlanRecord = (plan: PricePlanRow, versions: readonly PricePlanVersionRow[]): PricePlanRecord => ({
  id: plan.id,
  tenantId: plan.tenantId,
  definition: toPricePlanDefinition(plan, versions),
  createdAt: plan.createdAt.toISOString(),
  updatedAt: plan.updatedAt.toISOString(),
});

export const toPricePlanSummary = (
  plan: PricePlanRow,
  versions: readonly Pick<PricePlanVersionRow, 'effectiveFrom'>[],
): PricePlanSummary => ({
  id: plan.id,
  tenantId: plan.tenantId,
  code: plan.code,
  name: plan.name,
  currency: plan.currency,
  versionChange: plan.versionChange,
  versions: versions.map(({ effectiveFrom }) => ({ effectiveFrom })),
  createdAt: plan.createdAt.toISOString(),
  updatedAt: plan.updatedAt.toISOString(),
});

/** A plan's versions, oldest first. */
export const selectPricePlanVersions = (trx: Transaction<Database>, tenantId: string, planId: string) =>
  trx
    .selectFrom('pricePlanVersion')
    .selectAll()
    .where('tenantId', '=', tenantId)
    .where('pricePlanId', '=', planId)
    .orderBy('effectiveFrom')
    .execute();
