import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import {
  type DayRange,
  daysIn,
  intersect,
  monthShares,
  splitAt,
  toDateRange,
  toDayRange,
  yearStartsWithin,
} from './date-range.ts';
import { dayNumberOf } from './day-number.ts';

const days = (start: string, end: string): DayRange =>
  toDayRange({ start: Temporal.PlainDate.from(start), end: Temporal.PlainDate.from(end) });

const dayRange = fc
  .record({ first: fc.integer({ min: dayNumberOf(1600, 1, 1), max: dayNumberOf(2400, 1, 1) }), length: fc.nat(800) })
  .map(({ first, length }): DayRange => ({ first, last: first + length }));

describe('DateRange and DayRange', () => {
  it('convert into each other', () => {
    const range = { start: Temporal.PlainDate.from('2024-04-12'), end: Temporal.PlainDate.from('2024-04-30') };
    const back = toDateRange(toDayRange(range));
    expect(back.start.equals(range.start) && back.end.equals(range.end)).toBe(true);
  });
});

describe('daysIn', () => {
  it('counts both ends: 2024-04-12..2024-04-30 has 19 days', () => {
    expect(daysIn(days('2024-04-12', '2024-04-30'))).toBe(19);
  });

  it('counts a single day as one and a leap February as 29', () => {
    expect(daysIn(days('2024-04-12', '2024-04-12'))).toBe(1);
    expect(daysIn(days('2024-02-01', '2024-02-29'))).toBe(29);
    expect(daysIn(days('2023-02-01', '2023-02-28'))).toBe(28);
    expect(daysIn(days('2024-01-01', '2024-12-31'))).toBe(366);
  });
});

describe('intersect', () => {
  it('keeps the common days, touching ends included', () => {
    expect(intersect({ first: 0, last: 10 }, { first: 5, last: 20 })).toEqual({ first: 5, last: 10 });
    expect(intersect({ first: 0, last: 10 }, { first: 10, last: 20 })).toEqual({ first: 10, last: 10 });
    expect(intersect({ first: 0, last: 10 }, { first: 11, last: 20 })).toBeUndefined();
  });
});

describe('splitAt', () => {
  it('begins a new piece on each boundary day', () => {
    const range = days('2024-04-12', '2024-04-30');
    const priceChange = days('2024-04-20', '2024-04-20').first;
    expect(splitAt(range, [priceChange])).toEqual([
      { first: range.first, last: priceChange - 1 },
      { first: priceChange, last: range.last },
    ]);
  });

  it('ignores boundaries on the first day, outside the range and repeated', () => {
    const range = { first: 10, last: 20 };
    expect(splitAt(range, [10, 5, 21, 30])).toEqual([range]);
    expect(splitAt(range, [20, 15, 15])).toEqual([
      { first: 10, last: 14 },
      { first: 15, last: 19 },
      { first: 20, last: 20 },
    ]);
  });

  it('pieces are contiguous, in order and cover the range exactly', () => {
    fc.assert(
      fc.property(dayRange, fc.array(fc.integer({ min: -100, max: 900 }), { maxLength: 8 }), (range, offsets) => {
        const boundaries = offsets.map((offset) => range.first + offset);
        const pieces = splitAt(range, boundaries);
        expect(pieces[0]?.first).toBe(range.first);
        expect(pieces.at(-1)?.last).toBe(range.last);
        for (const [index, piece] of pieces.entries()) {
          expect(piece.first).toBeLessThanOrEqual(piece.last);
          const next = pieces[index + 1];
          if (next) expect(next.first).toBe(piece.last + 1);
        }
        const inside = new Set(boundaries.filter((day) => day > range.first && day <= range.last));
        expect(pieces.slice(1).map((piece) => piece.first)).toEqual([...inside].sort((a, b) => a - b));
        expect(pieces.reduce((total, piece) => total + daysIn(piece), 0)).toBe(daysIn(range));
      }),
      { numRuns: 500 },
    );
  });
});

describe('monthShares', () => {
  it('gives each touched month its covered days and length', () => {
    expect(monthShares(days('2024-01-15', '2024-03-10'))).toEqual([
      { year: 2024, month: 1, daysCovered: 17, daysInMonth: 31 },
      { year: 2024, month: 2, daysCovered: 29, daysInMonth: 29 },
      { year: 2024, month: 3, daysCovered: 10, daysInMonth: 31 },
    ]);
  });

  it('knows February 2023 has 28 days and 2100 is not leap', () => {
    expect(monthShares(days('2023-02-10', '2023-02-10'))).toEqual([
      { year: 2023, month: 2, daysCovered: 1, daysInMonth: 28 },
    ]);
    expect(monthShares(days('2100-02-01', '2100-02-28'))[0]?.daysInMonth).toBe(28);
  });

  it('crosses New Year', () => {
    expect(monthShares(days('2024-12-20', '2025-01-05'))).toEqual([
      { year: 2024, month: 12, daysCovered: 12, daysInMonth: 31 },
      { year: 2025, month: 1, daysCovered: 5, daysInMonth: 31 },
    ]);
  });

  it('covers every day of the range once, month by month', () => {
    fc.assert(
      fc.property(dayRange, (range) => {
        const shares = monthShares(range);
        expect(shares.reduce((total, share) => total + share.daysCovered, 0)).toBe(daysIn(range));
        for (const [index, share] of shares.entries()) {
          expect(share.daysCovered).toBeGreaterThan(0);
          expect(share.daysCovered).toBeLessThanOrEqual(share.daysInMonth);
          expect(share.daysInMonth).toBe(Temporal.PlainYearMonth.from(share).daysInMonth);
          const next = shares[index + 1];
          if (next) expect(next.year * 12 + next.month).toBe(share.year * 12 + share.month + 1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('yearStartsWithin', () => {
  it('finds the 1 January inside a range across New Year', () => {
    expect(yearStartsWithin(days('2024-12-20', '2025-01-05'))).toEqual([dayNumberOf(2025, 1, 1)]);
  });

  it('finds nothing within one year, nor on the first day itself', () => {
    expect(yearStartsWithin(days('2024-01-01', '2024-12-31'))).toEqual([]);
    expect(yearStartsWithin(days('2024-12-31', '2024-12-31'))).toEqual([]);
  });

  it('counts a range ending on 1 January', () => {
    expect(yearStartsWithin(days('2024-06-01', '2026-01-01'))).toEqual([
      dayNumberOf(2025, 1, 1),
      dayNumberOf(2026, 1, 1),
    ]);
  });
});
