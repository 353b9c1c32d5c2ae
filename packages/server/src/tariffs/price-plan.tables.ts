import type { PricePlanDefinition, PricePlanVersionDefinition } from '@utilis/contracts';
import type { ColumnType, Selectable } from 'kysely';

// jsonb columns are written as JSON text and read back as the object.

export interface PricePlanTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  code: ColumnType<string, string, never>;
  name: ColumnType<PricePlanDefinition['name'], string, never>;
  currency: ColumnType<string, string, never>;
  versionChange: ColumnType<'split_by_days' | 'whole_periods', 'split_by_days' | 'whole_periods', never>;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

/** A version as written, never updated: a price change is a new version (the role has no UPDATE right). */
export interface PricePlanVersionTable {
  tenantId: ColumnType<string, string, never>;
  pricePlanId: ColumnType<string, string, never>;
  effectiveFrom: ColumnType<string, string, never>;
  definition: ColumnType<PricePlanVersionDefinition, string, never>;
  createdAt: ColumnType<Date, Date, never>;
}

export interface PricePlanTables {
  pricePlan: PricePlanTable;
  pricePlanVersion: PricePlanVersionTable;
}

export type PricePlanRow = Selectable<PricePlanTable>;
export type PricePlanVersionRow = Selectable<PricePlanVersionTable>;
