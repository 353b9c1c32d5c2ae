import { readingFitsRegister } from './consumption-across-meters.ts';

/** A meter installed at a service point on the day of a move. */
export interface MeterInstalledOnMoveDay {
  readonly id: string;
  readonly serial: string;
  readonly kind: string;
  readonly digits: number;
}

/**
 * Which meter each reading given with a move (move-in, move-out, transfer) belongs to. A
 * reading's register names a meter by serial or by kind; with one meter installed, a register
 * naming no kind ("main", "T1") is that meter's. A reading that names no meter there, or that
 * the meter's register cannot show, belongs to none: it stays only with the agreement change.
 */
export function assignMoveReadings(
  meters: readonly MeterInstalledOnMoveDay[],
  readings: readonly { readonly register: string; readonly value: string }[],
  meterKinds: readonly string[],
): { meterId: string; value: string }[] {
  return readings.flatMap((reading) => {
    const meter =
      meters.find((each) => each.serial === reading.register) ??
      meters.find((each) => each.kind === reading.register) ??
      (meters.length === 1 && !meterKinds.includes(reading.register) ? meters[0] : undefined);
    if (!meter || !readingFitsRegister(reading.value, meter.digits)) return [];
    return [{ meterId: meter.id, value: reading.value }];
  });
}
