import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber, dayNumberOf } from './day-number.ts';

const epoch = Temporal.PlainDate.from('1970-01-01');

const date = fc
  .record({
    year: fc.integer({ min: 1600, max: 2400 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map((fields) => Temporal.PlainDate.from(fields, { overflow: 'constrain' }));

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber(epoch)).toBe(0);
    expect(dayNumber(Temporal.PlainDate.from('1970-01-02'))).toBe(1);
    expect(dayNumber(Temporal.PlainDate.from('1969-12-31'))).toBe(-1);
    expect(dayNumber(Temporal.PlainDate.from('2000-03-01'))).toBe(11017);
    expect(dayNumberOf(2024, 4, 12)).toBe(19825);
  });

  it('knows 2024-02-29 and 2000-02-29, and that 2100 has no leap day', () => {
    expect(dayNumberOf(2024, 3, 1) - dayNumberOf(2024, 2, 28)).toBe(2);
    expect(dateOfDayNumber(dayNumberOf(2024, 2, 28) + 1).toString()).toBe('2024-02-29');
    expect(dateOfDayNumber(dayNumberOf(2000, 2, 28) + 1).toString()).toBe('2000-02-29');
    expect(dayNumberOf(2100, 3, 1) - dayNumberOf(2100, 2, 28)).toBe(1);
    expect(dateOfDayNumber(dayNumberOf(2100, 2, 28) + 1).toString()).toBe('2100-03-01');
    expect(dayNumberOf(2101, 1, 1) - dayNumberOf(2100, 1, 1)).toBe(365);
    expect(dayNumberOf(2401, 1, 1) - dayNumberOf(2400, 1, 1)).toBe(366);
  });

  it('agrees with Temporal for any date between 1600 and 2400', () => {
    fc.assert(
      fc.property(date, (value) => {
        expect(dayNumber(value)).toBe(epoch.until(value).days);
      }),
      { numRuns: 500 },
    );
  });
});

describe('dateOfDayNumber', () => {
  it('is the date of day 0 and of days either side', () => {
    expect(dateOfDayNumber(0).toString()).toBe('1970-01-01');
    expect(dateOfDayNumber(-1).toString()).toBe('1969-12-31');
    expect(dateOfDayNumber(19825).toString()).toBe('2024-04-12');
  });

  it('round-trips any date between 1600 and 2400', () => {
    fc.assert(
      fc.property(date, (value) => {
        expect(dateOfDayNumber(dayNumber(value)).equals(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with Temporal for any day number between 1600 and 2400', () => {
    const first = dayNumberOf(1600, 1, 1);
    const last = dayNumberOf(2400, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (days) => {
        expect(dateOfDayNumber(days).equals(epoch.add({ days }))).toBe(true);
        expect(dayNumber(dateOfDayNumber(days))).toBe(days);
      }),
      { numRuns: 500 },
    );
  });
});
