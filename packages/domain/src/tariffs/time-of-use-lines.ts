import { add, type Rational, ZERO } from '../numbers/rational.ts';
import type { CompiledComponent } from './compiled-plan.ts';
import { makeLine } from './make-line.ts';
import { RatingFailure } from './rating-failure.ts';
import type { MutableLine, PreparedInterval, RatingState, Segment } from './segment.ts';

type TimeOfUseComponent = Extract<CompiledComponent, { kind: 'time_of_use' }>;

/** Interval consumption summed per time-of-use period (by each interval's local start), each at its price. */
export function timeOfUseLines(state: RatingState, segment: Segment, component: TimeOfUseComponent): MutableLine[] {
  if (!segment.usageDays) return [];
  if (!segment.intervals) {
    throw new RatingFailure(
      'interval_usage_required',
      `${component.code} prices by time of day and needs interval usage`,
    );
  }
  const totals = new Map<string, Rational>();
  for (const interval of segment.intervals) {
    const period = periodOf(component, interval);
    totals.set(period, add(totals.get(period) ?? ZERO, interval.quantity));
  }
  return component.periods
    .filter((period) => totals.has(period.code))
    .map((period) =>
      makeLine(state, component, {
        days: segment.usageDays ?? { first: 0, last: 0 },
        quantity: totals.get(period.code) ?? ZERO,
        unit: component.unit,
        unitPrice: period.unitPrice,
        details: [...segment.usageDetails, { kind: 'time_of_use', period: period.code }],
      }),
    );
}

function periodOf(component: TimeOfUseComponent, interval: PreparedInterval): string {
  if (component.holidayPeriod && component.holidays.has(interval.dateText)) return component.holidayPeriod;
  for (const period of component.periods) {
    for (const window of period.windows) {
      if (
        window.weekdays.has(interval.weekday) &&
        interval.minuteOfDay >= window.fromMinute &&
        interval.minuteOfDay < window.toMinute
      ) {
        return period.code;
      }
    }
  }
  return component.defaultPeriod;
}
