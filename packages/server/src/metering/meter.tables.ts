import type { MeterKind, MeterReadingSource, MeterStatus } from '@utilis/contracts';
import type { ColumnType, Selectable } from 'kysely';

export interface MeterTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  serial: string;
  kind: MeterKind;
  unit: string;
  digits: number;
  // numeric: read back as exact decimal text.
  multiplier: string;
  size: string | null;
  calibrationDueOn: string | null;
  status: MeterStatus;
  parentMeterId: string | null;
  createdAt: ColumnType<Date, Date, never>;
  updatedAt: Date;
}

export interface MeterInstallationTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  meterId: ColumnType<string, string, never>;
  servicePointId: ColumnType<string, string, never>;
  installedOn: ColumnType<string, string, never>;
  removedOn: string | null;
  installReading: ColumnType<string, string, never>;
  removalReading: string | null;
}

export interface MeterReadingTable {
  tenantId: ColumnType<string, string, never>;
  id: ColumnType<string, string, never>;
  meterId: ColumnType<string, string, never>;
  readOn: ColumnType<string, string, never>;
  value: ColumnType<string, string, never>;
  source: ColumnType<MeterReadingSource, MeterReadingSource, never>;
  createdAt: ColumnType<Date, Date, never>;
}

export interface MeterTables {
  meter: MeterTable;
  meterInstallation: MeterInstallationTable;
  meterReading: MeterReadingTable;
}

export type MeterRow = Selectable<MeterTable>;
export type MeterInstallationRow = Selectable<MeterInstallationTable>;
export type MeterReadingRow = Selectable<MeterReadingTable>;
