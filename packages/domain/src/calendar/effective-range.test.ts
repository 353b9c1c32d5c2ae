import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  daysIn,
  type EffectiveRange,
  isEmptyRange,
  rangeContains,
  rangeDaysWithin,
  rangeFromDayRange,
  rangeFromInclusive,
  rangeFromInstallation,
  rangeMinus,
  rangesShareADay,
  rangeToInclusive,
  toDayRange,
} from './date-range.ts';
import { dayNumber } from './day-number.ts';

// One convention, half-open [from, to); agreements and the API (inclusive ends), installations
// (already half-open) and rating (inclusive day numbers) convert at this one place.

const dayOf = (offset: number) => Temporal.PlainDate.from('2023-12-01').add({ days: offset }).toString();
const days = (start: string, end: string) =>
  toDayRange({ start: Temporal.PlainDate.from(start), end: Temporal.PlainDate.from(end) });
const range = fc
  .record({ from: fc.nat(500), length: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }) })
  .map(
    ({ from, length }): EffectiveRange => ({ from: dayOf(from), to: length === null ? null : dayOf(from + length) }),
  );

describe('inclusive ends and half-open ranges', () => {
  it('moves an inclusive last day to the next day as the exclusive end, and back', () => {
    expect(rangeFromInclusive({ startOn: '2024-01-01', endOn: '2024-01-31' })).toEqual({
      from: '2024-01-01',
      to: '2024-02-01',
    });
    expect(rangeToInclusive({ from: '2024-01-01', to: '2024-02-01' })).toEqual({
      startOn: '2024-01-01',
      endOn: '2024-01-31',
    });
  });

  it('crosses the leap day: a last day of 28 February 2024 ends before the 29th, of 2023 before 1 March', () => {
    expect(rangeFromInclusive({ startOn: '2024-02-01', endOn: '2024-02-28' }).to).toBe('2024-02-29');
    expect(rangeFromInclusive({ startOn: '2024-02-01', endOn: '2024-02-29' }).to).toBe('2024-03-01');
    expect(rangeFromInclusive({ startOn: '2023-02-01', endOn: '2023-02-28' }).to).toBe('2023-03-01');
    expect(rangeToInclusive({ from: '2024-02-01', to: '2024-03-01' }).endOn).toBe('2024-02-29');
    expect(rangeToInclusive({ from: '2100-02-01', to: '2100-03-01' }).endOn).toBe('2100-02-28');
  });

  it('keeps an open end open both ways', () => {
    expect(rangeFromInclusive({ startOn: '2024-05-01', endOn: null })).toEqual({ from: '2024-05-01', to: null });
    expect(rangeToInclusive({ from: '2024-05-01', to: null })).toEqual({ startOn: '2024-05-01', endOn: null });
  });

  it('holds a single day as [D, D+1) and refuses to turn an empty range into inclusive days', () => {
    expect(rangeFromInclusive({ startOn: '2024-12-31', endOn: '2024-12-31' })).toEqual({
      from: '2024-12-31',
      to: '2025-01-01',
    });
    expect(isEmptyRange({ from: '2024-12-31', to: '2024-12-31' })).toBe(true);
    expect(() => rangeToInclusive({ from: '2024-12-31', to: '2024-12-31' })).toThrow(/holds no day/);
  });

  it('round-trips any range that holds a day', () => {
    fc.assert(
      fc.property(range, (each) => {
        expect(rangeFromInclusive(rangeToInclusive(each))).toEqual(each);
      }),
    );
  });

  it('contains its first day and not its end; an inclusive end day is contained', () => {
    const january = rangeFromInclusive({ startOn: '2024-01-01', endOn: '2024-01-31' });
    expect(rangeContains(january, '2024-01-01')).toBe(true);
    expect(rangeContains(january, '2024-01-31')).toBe(true);
    expect(rangeContains(january, '2024-02-01')).toBe(false);
    expect(rangeContains(january, '2023-12-31')).toBe(false);
    expect(rangeContains({ from: '2024-01-01', to: null }, '9999-12-31')).toBe(true);
  });
});

describe('installations', () => {
  it('are already half-open: the removal day is the first day without the meter', () => {
    const installed = rangeFromInstallation({ installedOn: '2024-03-14', removedOn: '2024-06-01' });
    expect(installed).toEqual({ from: '2024-03-14', to: '2024-06-01' });
    expect(rangeContains(installed, '2024-05-31')).toBe(true);
    expect(rangeContains(installed, '2024-06-01')).toBe(false);
  });

  it('meet an agreement ending the day before removal but not one starting on it', () => {
    const installed = rangeFromInstallation({ installedOn: '2024-01-01', removedOn: '2024-06-01' });
    expect(rangesShareADay(installed, rangeFromInclusive({ startOn: '2024-05-01', endOn: '2024-05-31' }))).toBe(true);
    expect(rangesShareADay(installed, rangeFromInclusive({ startOn: '2024-06-01', endOn: null }))).toBe(false);
  });
});

describe('rating day numbers', () => {
  it('count the same days: a leap February has 29 in either form', () => {
    const february = rangeFromInclusive({ startOn: '2024-02-01', endOn: '2024-02-29' });
    const period = days('2024-01-01', '2024-12-31');
    expect(rangeDaysWithin(february, period)).toEqual(days('2024-02-01', '2024-02-29'));
    expect(daysIn(rangeDaysWithin(february, period) ?? { first: 0, last: -1 })).toBe(29);
    expect(rangeFromDayRange(days('2024-02-01', '2024-02-29'))).toEqual(february);
  });

  it('stop an open end at the end of the period, and find nothing outside it', () => {
    const open = { from: '2024-03-10', to: null };
    expect(rangeDaysWithin(open, days('2024-03-01', '2024-03-31'))).toEqual(days('2024-03-10', '2024-03-31'));
    expect(rangeDaysWithin(open, days('2024-02-01', '2024-02-29'))).toBeUndefined();
    expect(rangeDaysWithin({ from: '2024-03-10', to: '2024-03-10' }, days('2024-03-01', '2024-03-31'))).toBeUndefined();
  });

  it('agree with the ranges on every day', () => {
    const period = days('2023-12-01', '2025-06-30');
    fc.assert(
      fc.property(range, fc.nat(560), (each, offset) => {
        const day = dayOf(offset);
        const within = rangeDaysWithin(each, period);
        const number = dayNumber(Temporal.PlainDate.from(day));
        const inDays = within !== undefined && within.first <= number && number <= within.last;
        expect(inDays).toBe(rangeContains(each, day) && number >= period.first && number <= period.last);
      }),
    );
  });
});

describe('rangesShareADay and rangeMinus', () => {
  it('treat ranges that meet end to start as sharing no day', () => {
    expect(rangesShareADay({ from: '2024-01-01', to: '2024-02-01' }, { from: '2024-02-01', to: null })).toBe(false);
    expect(rangesShareADay({ from: '2024-01-01', to: '2024-02-02' }, { from: '2024-02-01', to: null })).toBe(true);
  });

  it('leave exactly the days of the range outside the cut', () => {
    fc.assert(
      fc.property(range, range, fc.nat(640), (each, cut, offset) => {
        const day = dayOf(offset);
        const pieces = rangeMinus(each, cut);
        const inPieces = pieces.filter((piece) => rangeContains(piece, day)).length;
        expect(inPieces).toBe(rangeContains(each, day) && !rangeContains(cut, day) ? 1 : 0);
        for (const piece of pieces) expect(isEmptyRange(piece)).toBe(false);
        // Every range here starts within the first 500 days, so a shared day shows within 640.
        const window = Array.from({ length: 640 }, (_, index) => dayOf(index));
        expect(rangesShareADay(each, cut)).toBe(
          window.some((one) => rangeContains(each, one) && rangeContains(cut, one)),
        );
      }),
      { numRuns: 300 },
    );
  });
});
