import type { DeliveryPreference } from '@utilis/contracts';
import type { AccountFactKind } from '@utilis/domain';
import type { ColumnType, Selectable } from 'kysely';
import type { AuditActor } from '../../audit/index.ts';

export interface AccountTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  accountNumber: ColumnType<string, string, never>;
  partyId: ColumnType<string, string, never>;
  name: string | null;
  branchCode: ColumnType<string | null, string | null, never>;
  currency: ColumnType<string, string, never>;
  status: 'active' | 'closed';
  openedOn: ColumnType<string, string, never>;
  closedOn: string | null;
  billCycleCode: ColumnType<string | null, string | null | undefined, string | null>;
  /** Paper unless the holder chose otherwise; the column has the default. */
  deliveryPreference: ColumnType<DeliveryPreference, DeliveryPreference | undefined, DeliveryPreference>;
  useClass: ColumnType<string | null, string | null | undefined, string | null>;
  /** The account this one is billed under; never itself nor one billed under it. */
  parentAccountId: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

/**
 * One entry of an account's fact log (household persons, protections, benefits, area, dwellings):
 * inserted once and never updated nor deleted; the application role holds only SELECT and
 * INSERT. In force over [effectiveFrom, effectiveTo); a later entry (higher position) supersedes
 * an earlier one of the same subject over its days.
 */
export interface AccountFactTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  accountId: ColumnType<string, string, never>;
  kind: ColumnType<AccountFactKind, AccountFactKind, never>;
  subjectId: ColumnType<string, string, never>;
  /** jsonb, written as JSON text; SQL null where nothing holds over the range. */
  value: ColumnType<Record<string, unknown> | null, string | null, never>;
  effectiveFrom: ColumnType<string, string, never>;
  effectiveTo: ColumnType<string | null, string | null, never>;
  recordedAt: ColumnType<Date, Date, never>;
  recordedByKind: ColumnType<AuditActor['kind'], AuditActor['kind'], never>;
  recordedById: ColumnType<string | null, string | null, never>;
  recordedByLabel: ColumnType<string, string, never>;
  reason: ColumnType<string | null, string | null, never>;
  /** Recording order, from an identity column: never written by the application. */
  position: ColumnType<bigint, never, never>;
}

export interface AccountTables {
  account: AccountTable;
  accountFact: AccountFactTable;
}

export type AccountRow = Selectable<AccountTable>;
