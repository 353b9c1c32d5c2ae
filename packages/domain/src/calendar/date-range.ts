import type { Temporal } from 'temporal-polyfill';
import { civilOfDayNumber, dateOfDayNumber, dayNumber, dayNumberOf } from './day-number.ts';

/** Calendar days from start to end, both included: a billing period, a service period. */
export interface DateRange {
  readonly start: Temporal.PlainDate;
  readonly end: Temporal.PlainDate;
}

/** The same range as day numbers, both included; the form rating computes with. */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

export const toDayRange = (range: DateRange): DayRange => ({
  first: dayNumber(range.start),
  last: dayNumber(range.end),
});

export const toDateRange = (days: DayRange): DateRange => ({
  start: dateOfDayNumber(days.first),
  end: dateOfDayNumber(days.last),
});

/** Days in the range, both ends counted: 2024-04-12..2024-04-30 has 19. */
export const daysIn = (range: DayRange): number => range.last - range.first + 1;

export function intersect(a: DayRange, b: DayRange): DayRange | undefined {
  const first = Math.max(a.first, b.first);
  const last = Math.min(a.last, b.last);
  return first <= last ? { first, last } : undefined;
}

/**
 * Cuts a range where something starts on a day inside it (a price version, a season):
 * each boundary day begins a new piece. Pieces are in order and cover the range exactly.
 */
export function splitAt(range: DayRange, boundaries: readonly number[]): DayRange[] {
  const cuts = [...new Set(boundaries)].filter((day) => day > range.first && day <= range.last).sort((a, b) => a - b);
  const pieces: DayRange[] = [];
  let first = range.first;
  for (const cut of cuts) {
    pieces.push({ first, last: cut - 1 });
    first = cut;
  }
  pieces.push({ first, last: range.last });
  return pieces;
}

/** One calendar month's share of a range: how many of its days the range covers. */
export interface MonthShare {
  readonly year: number;
  readonly month: number;
  readonly daysCovered: number;
  readonly daysInMonth: number;
}

/** The calendar months a range touches, with the days it covers in each. */
export function monthShares(range: DayRange): MonthShare[] {
  const shares: MonthShare[] = [];
  let { year, month } = civilOfDayNumber(range.first);
  for (;;) {
    const monthFirst = dayNumberOf(year, month, 1);
    const nextMonthFirst = month === 12 ? dayNumberOf(year + 1, 1, 1) : dayNumberOf(year, month + 1, 1);
    const covered = intersect(range, { first: monthFirst, last: nextMonthFirst - 1 });
    if (!covered) break;
    shares.push({ year, month, daysCovered: daysIn(covered), daysInMonth: nextMonthFirst - monthFirst });
    if (month === 12) {
      year += 1;
      month = 1;
    } else month += 1;
  }
  return shares;
}

/** The first day of each calendar year after the range's first day, up to its end. */
export function yearStartsWithin(range: DayRange): number[] {
  const starts: number[] = [];
  const { year: firstYear } = civilOfDayNumber(range.first);
  for (let year = firstYear + 1; ; year++) {
    const start = dayNumberOf(year, 1, 1);
    if (start > range.last) return starts;
    starts.push(start);
  }
}
