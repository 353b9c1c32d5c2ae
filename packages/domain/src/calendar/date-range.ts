import { Temporal } from 'temporal-polyfill';
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

/**
 * The one convention for days something is in force: half-open [from, to), `to` being the first
 * day no longer in force and null while it runs. Two ranges meet without a gap when one's `to` is
 * the other's `from`, and days in force are `to - from`, with no ±1 anywhere. Agreements and the
 * API's `startOn`…`endOn` (both days included), installations (`installedOn` up to `removedOn`,
 * already half-open) and rating (`DayRange`, day numbers, both included) convert here only.
 */
export interface EffectiveRange {
  /** YYYY-MM-DD, the first day in force. */
  readonly from: string;
  /** YYYY-MM-DD, the first day no longer in force; null while open-ended. */
  readonly to: string | null;
}

/** The exclusive end of a range whose last day is given: the day after it (after a transfer, the next occupant's first). */
export const exclusiveEndOf = (lastDay: string): string => Temporal.PlainDate.from(lastDay).add({ days: 1 }).toString();
const dayBefore = (date: string): string => Temporal.PlainDate.from(date).subtract({ days: 1 }).toString();

/** From `startOn`…`endOn`, both days included (agreements, the API's dated lists). */
export const rangeFromInclusive = ({ startOn, endOn }: { startOn: string; endOn: string | null }): EffectiveRange => ({
  from: startOn,
  to: endOn === null ? null : exclusiveEndOf(endOn),
});

/** To `startOn`…`endOn`, both days included; the range must hold at least one day. */
export function rangeToInclusive(range: EffectiveRange): { startOn: string; endOn: string | null } {
  if (isEmptyRange(range)) throw new Error(`The range ${range.from}..${range.to} holds no day`);
  return { startOn: range.from, endOn: range.to === null ? null : dayBefore(range.to) };
}

/** From an installation: in place from the day installed up to, not including, the day removed. */
export const rangeFromInstallation = ({
  installedOn,
  removedOn,
}: {
  installedOn: string;
  removedOn: string | null;
}): EffectiveRange => ({ from: installedOn, to: removedOn });

/** The days of a range inside a period rating counts (day numbers, both included); an open end stops at the period's. */
export function rangeDaysWithin(range: EffectiveRange, period: DayRange): DayRange | undefined {
  const first = dayNumber(Temporal.PlainDate.from(range.from));
  const last = range.to === null ? period.last : dayNumber(Temporal.PlainDate.from(range.to)) - 1;
  return first > last ? undefined : intersect({ first, last }, period);
}

/** From rating's day numbers, both included. */
export const rangeFromDayRange = (days: DayRange): EffectiveRange => ({
  from: dateOfDayNumber(days.first).toString(),
  to: dateOfDayNumber(days.last + 1).toString(),
});

/** True when the range holds no day at all (`to` on or before `from`). */
export const isEmptyRange = (range: EffectiveRange): boolean => range.to !== null && range.to <= range.from;

/** True when the range is in force on the day. */
export const rangeContains = (range: EffectiveRange, day: string): boolean =>
  range.from <= day && (range.to === null || day < range.to);

/** True when the two ranges have a day in common. */
export const rangesShareADay = (a: EffectiveRange, b: EffectiveRange): boolean =>
  !isEmptyRange(a) && !isEmptyRange(b) && (a.to === null || b.from < a.to) && (b.to === null || a.from < b.to);

/** The days of `range` outside `cut`: none, one or two ranges, in order. */
export function rangeMinus(range: EffectiveRange, cut: EffectiveRange): EffectiveRange[] {
  if (!rangesShareADay(range, cut)) return isEmptyRange(range) ? [] : [range];
  const pieces: EffectiveRange[] = [];
  if (range.from < cut.from) pieces.push({ from: range.from, to: cut.from });
  if (cut.to !== null && (range.to === null || cut.to < range.to)) pieces.push({ from: cut.to, to: range.to });
  return pieces;
}
