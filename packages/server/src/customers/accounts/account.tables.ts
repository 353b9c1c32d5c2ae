import type { DeliveryPreference, ProtectionStatus } from '@utilis/contracts';
import type { ColumnType, Selectable } from 'kysely';

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

/** Columns every dated entry of an account has: in force from startOn to endOn, both included. */
interface AccountPeriodColumns {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  accountId: ColumnType<string, string, never>;
  startOn: string;
  endOn: string | null;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface AccountHouseholdPersonTable extends AccountPeriodColumns {
  name: string;
}

export interface AccountProtectionTable extends AccountPeriodColumns {
  status: ProtectionStatus;
  reason: string;
}

export interface AccountBenefitTable extends AccountPeriodColumns {
  code: string;
  reference: string | null;
}

export interface AccountTables {
  account: AccountTable;
  accountHouseholdPerson: AccountHouseholdPersonTable;
  accountProtection: AccountProtectionTable;
  accountBenefit: AccountBenefitTable;
}

export type AccountRow = Selectable<AccountTable>;
