import type { Temporal } from 'temporal-polyfill';
import type { DayRange } from '../calendar/date-range.ts';
import { dayNumber } from '../calendar/day-number.ts';
import { isNegative, isRationalText, type Rational, rational } from '../numbers/rational.ts';
import { fail, ok, type Result } from '../result.ts';

/** One row of a dated table: `rate` is a decimal fraction ('0.21' is 21%) in force from `from` until the next row. */
export interface DatedRate {
  readonly from: Temporal.PlainDate;
  readonly rate: string;
}

/** A dated table after checking: rows in strictly increasing date order with exact rates. */
export interface RateSchedule {
  readonly rows: readonly { readonly fromDay: number; readonly rate: Rational }[];
}

export type DatedRatesError = 'rates_not_in_date_order' | 'rate_not_a_number' | 'rate_negative';

/** The exact value of a rate, points or fraction text ('0.095', '3.5', '1/300'), or undefined if it is not one. */
export function rateFromText(text: string): Rational | undefined {
  // isRationalText accepts '1/0', which rational() would then refuse by throwing.
  if (!isRationalText(text) || /\/0+$/.test(text)) return undefined;
  return rational(text);
}

/** Checks and parses a dated table (key rates, reference rates) once, so lookups can trust it. */
export function parseDatedRates(table: readonly DatedRate[]): Result<RateSchedule, DatedRatesError> {
  const rows: { fromDay: number; rate: Rational }[] = [];
  for (const [index, row] of table.entries()) {
    const rate = rateFromText(row.rate);
    if (!rate) return fail('rate_not_a_number', `row ${index}: ${JSON.stringify(row.rate)}`);
    if (isNegative(rate)) return fail('rate_negative', `row ${index}: ${row.rate}`);
    const fromDay = dayNumber(row.from);
    const previous = rows.at(-1);
    // "The last row dated on or before D" is only unambiguous when no two rows share a date.
    if (previous && fromDay <= previous.fromDay) return fail('rates_not_in_date_order', `row ${index}: ${row.from}`);
    rows.push({ fromDay, rate });
  }
  return ok({ rows });
}

/** The rate in force on a date: the last row dated on or before it, or undefined before the first row. */
export function rateInForce(schedule: RateSchedule, date: Temporal.PlainDate): Rational | undefined {
  const day = dayNumber(date);
  let low = 0;
  let high = schedule.rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((schedule.rows[middle]?.fromDay ?? Number.POSITIVE_INFINITY) <= day) low = middle + 1;
    else high = middle;
  }
  return schedule.rows[low - 1]?.rate;
}

/** The days inside a range (after its first day) on which a new rate takes effect, ready for `splitAt`. */
export function rateChangesWithin(schedule: RateSchedule, range: DayRange): number[] {
  return schedule.rows.map((row) => row.fromDay).filter((day) => day > range.first && day <= range.last);
}
