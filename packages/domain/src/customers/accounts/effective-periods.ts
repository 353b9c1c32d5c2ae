import { rangeFromInclusive, rangesShareADay } from '../../calendar/date-range.ts';

/** Something in force from its first day to its last, both included (as people and the API give it); open-ended while endOn is null. */
export interface EffectivePeriod {
  /** YYYY-MM-DD */
  readonly startOn: string;
  /** YYYY-MM-DD, the last day in force; null while it runs. */
  readonly endOn: string | null;
}

/** True when the two periods have a day in common. */
export const periodsShareADay = (a: EffectivePeriod, b: EffectivePeriod): boolean =>
  rangesShareADay(rangeFromInclusive(a), rangeFromInclusive(b));

/**
 * The first two periods with the same key (one person, one benefit code) that share a day, or
 * undefined when each key's periods follow one another. Sorted by start, each period need only
 * be compared with the one before it: an earlier one that reached further would have touched it.
 */
export function firstOverlap<Period extends EffectivePeriod>(
  periods: readonly Period[],
  keyOf: (period: Period) => string,
): readonly [Period, Period] | undefined {
  const byKey = new Map<string, Period[]>();
  for (const period of periods) {
    const key = keyOf(period);
    byKey.set(key, [...(byKey.get(key) ?? []), period]);
  }
  for (const group of byKey.values()) {
    const sorted = [...group].sort((a, b) => (a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : 0));
    for (let index = 1; index < sorted.length; index++) {
      const previous = sorted[index - 1] as Period;
      const current = sorted[index] as Period;
      if (periodsShareADay(previous, current)) return [previous, current];
    }
  }
  return undefined;
}
