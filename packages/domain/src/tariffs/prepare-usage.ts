import { type DateRange, type DayRange, toDayRange } from '../calendar/date-range.ts';
import { dayNumberOf } from '../calendar/day-number.ts';
import { add, isNegative, type Rational, ZERO } from '../numbers/rational.ts';
import { unreachable } from '../unreachable.ts';
import type { Usage } from './rating.ts';
import { RatingFailure } from './rating-failure.ts';
import type { PreparedInterval } from './segment.ts';

/** Usage checked and reduced to days, register quantities and ready intervals. */
export interface PreparedUsage {
  readonly kind: Usage['kind'];
  readonly days: DayRange;
  /** Register totals; empty for unmetered usage, whose consumption comes from the norm. */
  readonly registers: ReadonlyMap<string, Rational>;
  readonly intervals: readonly PreparedInterval[] | null;
}

export function prepareUsage(usage: Usage): PreparedUsage {
  switch (usage.kind) {
    case 'metered': {
      const registers = new Map<string, Rational>([['total', usage.consumption]]);
      for (const [register, quantity] of Object.entries(usage.registers ?? {})) registers.set(register, quantity);
      for (const [register, quantity] of registers) {
        if (isNegative(quantity)) throw new RatingFailure('negative_consumption', `Register ${register} is negative`);
      }
      return { kind: 'metered', days: checkedDays(usage.period, 'usage.period'), registers, intervals: null };
    }
    case 'unmetered':
      return {
        kind: 'unmetered',
        days: checkedDays(usage.period, 'usage.period'),
        registers: new Map(),
        intervals: null,
      };
    case 'interval': {
      if (usage.intervals.length === 0)
        throw new RatingFailure('negative_consumption', 'Interval usage has no intervals');
      const intervals = usage.intervals.map(prepareInterval);
      let total = ZERO;
      for (const interval of intervals) {
        if (isNegative(interval.quantity)) {
          throw new RatingFailure('negative_consumption', `The interval on ${interval.dateText} is negative`);
        }
        total = add(total, interval.quantity);
      }
      const days = intervals.map((interval) => interval.day);
      return {
        kind: 'interval',
        days: { first: Math.min(...days), last: Math.max(...days) },
        registers: new Map([['total', total]]),
        intervals,
      };
    }
    default:
      return unreachable(usage);
  }
}

export function checkedDays(range: DateRange, field: string): DayRange {
  const days = toDayRange(range);
  if (days.last < days.first) throw new RatingFailure('period_ends_before_start', `${field} ends before it starts`);
  return days;
}

function prepareInterval({
  start,
  quantity,
}: {
  start: import('temporal-polyfill').Temporal.PlainDateTime;
  quantity: Rational;
}): PreparedInterval {
  const month = String(start.month).padStart(2, '0');
  const day = String(start.day).padStart(2, '0');
  return {
    day: dayNumberOf(start.year, start.month, start.day),
    dateText: `${start.year}-${month}-${day}`,
    minuteOfDay: start.hour * 60 + start.minute,
    weekday: start.dayOfWeek,
    quantity,
  };
}
