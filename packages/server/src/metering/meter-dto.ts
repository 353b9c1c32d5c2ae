import type { Meter, MeterInstallation, MeterReading } from '@utilis/contracts';
import type { MeterInstallationRow, MeterReadingRow, MeterRow } from './meter.tables.ts';

export const toMeter = (row: MeterRow & { servicePointId: string | null }): Meter => ({
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

export const toMeterReading = (row: MeterReadingRow): MeterReading => ({
  id: row.id,
  meterId: row.meterId,
  readOn: row.readOn,
  value: row.value,
  source: row.source,
  createdAt: row.createdAt.toISOString(),
});
