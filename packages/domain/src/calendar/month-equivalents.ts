import { add, type Rational, ZERO } from '../numbers/rational.ts';
import { type DayRange, monthShares } from './date-range.ts';

/**
 * How many calendar months a range amounts to: the sum, over the months it touches, of the
 * days it covers divided by the days in that month (1 April – 15 May is 1 + 15/31).
 */
export function monthEquivalents(range: DayRange): Rational {
  return monthShares(range).reduce<Rational>(
    (total, share) => add(total, { n: BigInt(share.daysCovered), d: BigInt(share.daysInMonth) }),
    ZERO,
  );
}
