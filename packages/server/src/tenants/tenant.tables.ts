import type { RoundingMode } from '@utilis/domain';
import type { ColumnType, Selectable } from 'kysely';

export interface TenantGroupTable {
  id: string;
  code: string;
  name: string;
  createdAt: ColumnType<Date, Date, never>;
}

export interface TenantTable {
  id: string;
  groupId: string | null;
  code: ColumnType<string, string, never>;
  name: string;
  country: string;
  currency: ColumnType<string, string, never>;
  locale: string;
  timeZone: string;
  /** Optional on insert: the column defaults to half-up. */
  roundingMode: ColumnType<RoundingMode, RoundingMode | undefined, RoundingMode>;
  /** Permissions whose actions a second person approves; empty by default. */
  fourEyesActions: ColumnType<string[], string[] | undefined, string[]>;
  /** How generated account numbers look; null keeps the built-in numbering. */
  accountNumberPattern: ColumnType<string | null, string | null | undefined, string | null>;
  /** How generated party references (customer numbers) look; null keeps the default numbering. */
  partyReferencePattern: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface TenantSequenceTable {
  tenantId: string;
  name: string;
  lastValue: bigint;
}

export interface TenantTables {
  tenantGroup: TenantGroupTable;
  tenant: TenantTable;
  tenantSequence: TenantSequenceTable;
}

export type TenantRow = Selectable<TenantTable>;
export type TenantGroupRow = Selectable<TenantGroupTable>;
