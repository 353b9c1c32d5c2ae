import { isNegative, pow10, type Rational, rational, sum } from '../numbers/rational.ts';
import { fail, ok, type Result } from '../result.ts';
import { consumptionBetweenReadings } from './consumption-between-readings.ts';

/** What one meter measured of a period: its first and last readings in it, and its register. */
export interface MeterPart {
  readonly first: Rational;
  readonly last: Rational;
  /** Register digits before the decimal point; the register rolls over at 10^digits. */
  readonly digits: number;
  readonly multiplier: Rational;
}

/**
 * Consumption of a register over a period measured by one meter after another: each meter's
 * part (its first to its last reading, across at most one rollover, times its multiplier)
 * summed exactly. A meter exchanged on D contributes up to its removal reading, and the new
 * meter from its installation reading, so nothing is counted twice or lost.
 */
export function consumptionAcrossMeters(
  parts: readonly MeterPart[],
): Result<Rational, 'negative_consumption' | 'reading_exceeds_register'> {
  const consumptions: Rational[] = [];
  for (const part of parts) {
    if (!fitsRegister(part.first, part.digits) || !fitsRegister(part.last, part.digits)) {
      return fail('reading_exceeds_register', `A reading has more than ${part.digits} digits before the point`);
    }
    const consumption = consumptionBetweenReadings({
      previous: part.first,
      current: part.last,
      digits: part.digits,
      multiplier: part.multiplier,
    });
    if (!consumption.ok) return consumption;
    consumptions.push(consumption.value);
  }
  return ok(sum(consumptions));
}

/** Whether a register shows a value: not negative and below 10^digits. */
export function fitsRegister(value: Rational, digits: number): boolean {
  if (isNegative(value)) return false;
  return value.n < pow10(digits) * value.d;
}

/** The same check on a decimal text reading, as the API receives it. */
export const readingFitsRegister = (value: string, digits: number): boolean => fitsRegister(rational(value), digits);
