import type { DayRange } from '../calendar/date-range.ts';
import { monthEquivalents } from '../calendar/month-equivalents.ts';
import { fromInteger, isNegative, multiply, ONE, type Rational } from '../numbers/rational.ts';

/** A consumption norm: what a registered resident is deemed to use in a month without a meter reading. */
export interface Norm {
  readonly perPersonPerMonth: Rational;
  readonly persons: number;
  /** A penalty factor (1.5 where a meter could be installed but is not); plan data, 1 when absent. */
  readonly multiplier?: Rational;
}

/** How a norm quantity was reached, kept for the bill line's calculation trace. */
export interface NormConsumption {
  readonly quantity: Rational;
  readonly perPersonPerMonth: Rational;
  readonly persons: number;
  readonly multiplier: Rational;
  readonly months: Rational;
}

/** The norm quantity for a period: norm × persons × multiplier × the period's month-equivalents. */
export function normConsumption(norm: Norm, period: DayRange): NormConsumption {
  const multiplier = norm.multiplier ?? ONE;
  if (!Number.isSafeInteger(norm.persons) || norm.persons < 0) {
    throw new RangeError(`Persons must be a whole number of at least 0, not ${norm.persons}`);
  }
  if (isNegative(norm.perPersonPerMonth) || isNegative(multiplier)) {
    throw new RangeError('A norm and its multiplier cannot be negative');
  }
  const months = monthEquivalents(period);
  const quantity = multiply(multiply(multiply(norm.perPersonPerMonth, fromInteger(norm.persons)), multiplier), months);
  return { quantity, perPersonPerMonth: norm.perPersonPerMonth, persons: norm.persons, multiplier, months };
}
