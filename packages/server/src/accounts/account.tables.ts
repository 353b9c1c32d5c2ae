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
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface AccountTables {
  account: AccountTable;
}

export type AccountRow = Selectable<AccountTable>;
