import type { Meter, MeterExchange, MeterInstallation, MeterReading, MeterWithInstallations } from '@utilis/contracts';
import type { HangingMeterRow, MeterRecord } from './meter.sql.ts';
import type { MeterInstallationRow, MeterReadingRow } from './meter.tables.ts';

export const toMeter = (row: HangingMeterRow): Meter => ({
  id: row.id,
  tenantId: row.tenantId,
  serial: row.serial,
  kind: row.kind,
  unit: row.unit,
  digits: row.digits,
  multiplier: row.multiplier,
  size: row.size,
  calibrationDueOn: row.calibrationDueOn,
  status: row.status,
  parentMeterId: row.parentMeterId,
  servicePointId: row.servicePointId,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toMeterInstallation = (row: MeterInstallationRow): MeterInstallation => ({
  id: row.id,
  meterId: row.meterId,
  servicePointId: row.servicePointId,
  installedOn: row.installedOn,
  removedOn: row.removedOn,
  installReading: row.installReading,
  removalReading: row.removalReading,
});

export const toMeterWithInstallations = (record: MeterRecord): MeterWithInstallations => ({
  ...toMeter(record),
  installations: record.installations.map(toMeterInstallation),
});

/** The two meters of an exchange, each with where it has been installed. */
export interface MetersExchanged {
  removed: MeterRecord;
  installed: MeterRecord;
}

export const toMeterExchange = ({ removed, installed }: MetersExchanged): MeterExchange => ({
  removed: toMeterWithInstallations(removed),
  installed: toMeterWithInstallations(installed),
});

export const toMeterReading = (row: MeterReadingRow): MeterReading => ({
  id: row.id,
  meterId: row.meterId,
  readOn: row.readOn,
  value: row.value,
  source: row.source,
  createdAt: row.createdAt.toISOString(),
});
