import type { Temporal } from 'temporal-polyfill';
import { type DateRange, splitAt, toDateRange } from '../calendar/date-range.ts';
import { dateOfDayNumber, dayNumber } from '../calendar/day-number.ts';
import { type Money, moneyValue, toMoney } from '../money/money.ts';
import { add, isNegative, multiply, type Rational, scale, ZERO } from '../numbers/rational.ts';
import type { RoundingMode } from '../numbers/rounding-mode.ts';
import { fail, ok, type Result } from '../result.ts';
import {
  type DatedRate,
  type DatedRatesError,
  parseDatedRates,
  rateChangesWithin,
  rateFromText,
  rateInForce,
} from './dated-rates.ts';

/** How a period's days become a fraction of a year; actual/365 divides actual days by 365 even in a leap year. */
export type DayCount = 'actual/365';

const daysInYearFor: Record<DayCount, number> = { 'actual/365': 365 };

export interface LateInterestInput {
  readonly amount: Money;
  /** The due date: the last day to pay on time, so it earns no interest. */
  readonly from: Temporal.PlainDate;
  /** The last day that earns interest (the payment or calculation day). */
  readonly to: Temporal.PlainDate;
  readonly referenceRates: readonly DatedRate[];
  /** Percentage points added to the reference rate: '3.5' adds 0.035. */
  readonly pointsAdded: string;
  readonly dayCount: DayCount;
  readonly roundingMode: RoundingMode;
}

/** One line of the calculation: `amount` of money × `rate` × `days` / days in the year = `interest`, exact. */
export interface InterestStretch {
  readonly range: DateRange;
  readonly days: number;
  readonly referenceRate: Rational;
  /** The reference rate plus the points added. */
  readonly rate: Rational;
  readonly interest: Rational;
}

export interface LateInterest {
  readonly total: Money;
  readonly exactTotal: Rational;
  readonly days: number;
  readonly stretches: readonly InterestStretch[];
}

export type LateInterestError =
  | DatedRatesError
  | 'amount_negative'
  | 'period_ends_before_start'
  | 'points_not_a_number'
  | 'points_negative'
  | 'no_rate_in_force';

/**
 * Late-payment interest at a reference rate plus points, counting the days after `from` through `to` (so
 * days = to − from: due 2024-03-01, paid 2024-04-30 is 60 days), split where the reference rate changes.
 */
export function lateInterest(input: LateInterestInput): Result<LateInterest, LateInterestError> {
  const { amount, from, to, pointsAdded, dayCount, roundingMode } = input;
  if (amount.amountMinor < 0n) return fail('amount_negative');
  const range = { first: dayNumber(from) + 1, last: dayNumber(to) };
  if (range.last < range.first - 1) return fail('period_ends_before_start', `${from}..${to}`);
  const percentagePoints = rateFromText(pointsAdded);
  if (!percentagePoints) return fail('points_not_a_number', JSON.stringify(pointsAdded));
  const points = scale(percentagePoints, 1, 100);
  if (isNegative(points)) return fail('points_negative', pointsAdded);
  const referenceRates = parseDatedRates(input.referenceRates);
  if (!referenceRates.ok) return referenceRates;

  const days = range.last - range.first + 1;
  const stretches: InterestStretch[] = [];
  if (days > 0) {
    const base = moneyValue(amount);
    for (const piece of splitAt(range, rateChangesWithin(referenceRates.value, range))) {
      const firstDate = dateOfDayNumber(piece.first);
      const referenceRate = rateInForce(referenceRates.value, firstDate);
      if (!referenceRate) return fail('no_rate_in_force', firstDate.toString());
      const rate = add(referenceRate, points);
      const pieceDays = piece.last - piece.first + 1;
      stretches.push({
        range: toDateRange(piece),
        days: pieceDays,
        referenceRate,
        rate,
        interest: scale(multiply(base, rate), pieceDays, daysInYearFor[dayCount]),
      });
    }
  }

  const exactTotal = stretches.reduce((total, stretch) => add(total, stretch.interest), ZERO);
  return ok({ total: toMoney(exactTotal, amount.currency, roundingMode), exactTotal, days, stretches });
}
