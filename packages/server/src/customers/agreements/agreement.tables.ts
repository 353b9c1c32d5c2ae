import type { MoveReading } from '@utilis/contracts';
import type { ColumnType, Selectable } from 'kysely';

export interface AgreementTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  servicePointId: ColumnType<string, string, never>;
  accountId: ColumnType<string, string, never>;
  pricePlanId: ColumnType<string | null, string | null, never>;
  provider: ColumnType<string | null, string | null, never>;
  startOn: ColumnType<string, string, never>;
  endOn: string | null;
  finalBillRequestedOn: string | null;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface AgreementChangeTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  servicePointId: ColumnType<string, string, never>;
  kind: ColumnType<'move_in' | 'move_out' | 'transfer', 'move_in' | 'move_out' | 'transfer', never>;
  changedOn: ColumnType<string, string, never>;
  endedAgreementId: ColumnType<string | null, string | null, never>;
  startedAgreementId: ColumnType<string | null, string | null, never>;
  // jsonb columns are written as JSON text and read back as the value.
  readings: ColumnType<MoveReading[], string, never>;
  createdAt: ColumnType<Date, Date, never>;
}

export interface AgreementTables {
  agreement: AgreementTable;
  agreementChange: AgreementChangeTable;
}

export type AgreementRow = Selectable<AgreementTable>;
