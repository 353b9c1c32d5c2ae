import { type DayRange, daysIn } from '../calendar/date-range.ts';
import { monthEquivalents } from '../calendar/month-equivalents.ts';
import { fromInteger, type Rational } from '../numbers/rational.ts';
import { unreachable } from '../unreachable.ts';
import type { ChargePer } from './price-plan.ts';

/**
 * How many `per` units some days of service make: days are days; a month is each calendar
 * month's covered days over its length (19 of April's 30 days is 19/30); a period is the
 * days over the billing period's days.
 */
export function chargeUnits(per: ChargePer, days: DayRange, billing: DayRange): Rational {
  switch (per) {
    case 'day':
      return fromInteger(daysIn(days));
    case 'period':
      return { n: BigInt(daysIn(days)), d: BigInt(daysIn(billing)) };
    case 'month':
      return monthEquivalents(days);
    default:
      return unreachable(per);
  }
}
