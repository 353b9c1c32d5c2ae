import { type DayRange, daysIn } from '../calendar/date-range.ts';
import { monthEquivalents } from '../calendar/month-equivalents.ts';
import { divide, fromInteger, isNegative, type Rational, sum } from '../numbers/rational.ts';

/** A billed period whose consumption comes from real readings, given by its days or its range. */
export type MeteredPeriod =
  | { readonly quantity: Rational; readonly days: number }
  | { readonly quantity: Rational; readonly range: DayRange };

/** The unit an average is taken over: per day (vendor rule) or per calendar month (Russian decree 354). */
export type AveragePer = 'day' | 'month';

export interface AverageConsumption {
  readonly average: Rational;
  readonly per: AveragePer;
  readonly periodsUsed: number;
}

/** A period's length in days, or in month-equivalents when averaging per month. */
export function lengthOf(period: DayRange | { readonly days: number }, per: AveragePer): Rational {
  if ('days' in period) {
    if (per === 'month') throw new RangeError('Averaging per month needs each period as a day range, not a day count');
    if (!Number.isSafeInteger(period.days) || period.days < 1) {
      throw new RangeError(`A period has at least one day, not ${period.days}`);
    }
    return fromInteger(period.days);
  }
  if (daysIn(period) < 1)
    throw new RangeError(`A period ends on or after its first day: ${period.first}..${period.last}`);
  return per === 'day' ? fromInteger(daysIn(period)) : monthEquivalents(period);
}

/**
 * The average consumption per day or per month over the newest `periods` entries of a
 * history listed oldest first: total quantity over total length, so long periods weigh more.
 */
export function averageConsumption({
  history,
  periods,
  per,
}: {
  history: readonly MeteredPeriod[];
  periods: number;
  per: AveragePer;
}): AverageConsumption {
  if (!Number.isSafeInteger(periods) || periods < 1)
    throw new RangeError(`Average over at least one period, not ${periods}`);
  const used = history.slice(-periods);
  if (used.length === 0) throw new RangeError('An average needs at least one period');
  for (const period of used) {
    if (isNegative(period.quantity)) throw new RangeError('Consumption from real readings cannot be negative');
  }
  const totalQuantity = sum(used.map((period) => period.quantity));
  const totalLength = sum(used.map((period) => lengthOf('range' in period ? period.range : period, per)));
  return { average: divide(totalQuantity, totalLength), per, periodsUsed: used.length };
}
