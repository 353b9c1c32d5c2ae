import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../calendar/day-number.ts';
import { compare, fromInteger, multiply, rational, toText } from '../numbers/rational.ts';
import { normConsumption } from './norm-consumption.ts';

const october2024 = { first: dayNumberOf(2024, 10, 1), last: dayNumberOf(2024, 10, 31) };

describe('normConsumption', () => {
  it('bills 6.935 m3 per person for two persons as 13.870 m3 for a whole month', () => {
    const byNorm = normConsumption({ perPersonPerMonth: rational('6.935'), persons: 2 }, october2024);
    expect(toText(byNorm.quantity)).toBe('13.87');
    expect(toText(byNorm.months)).toBe('1');
    expect(toText(byNorm.multiplier)).toBe('1');
  });

  it('applies the 1.5 multiplier when the plan carries one', () => {
    const byNorm = normConsumption(
      { perPersonPerMonth: rational('6.935'), persons: 2, multiplier: rational('1.5') },
      october2024,
    );
    expect(toText(byNorm.quantity)).toBe('20.805');
  });

  it('bills half the norm for half a month', () => {
    const firstHalfOfApril = { first: dayNumberOf(2024, 4, 1), last: dayNumberOf(2024, 4, 15) };
    expect(toText(normConsumption({ perPersonPerMonth: rational('6'), persons: 1 }, firstHalfOfApril).quantity)).toBe(
      '3',
    );
  });

  it('bills nothing when no one is registered', () => {
    expect(toText(normConsumption({ perPersonPerMonth: rational('6.935'), persons: 0 }, october2024).quantity)).toBe(
      '0',
    );
  });

  it('refuses a fractional or negative number of persons', () => {
    expect(() => normConsumption({ perPersonPerMonth: rational('6.935'), persons: 1.5 }, october2024)).toThrow(
      RangeError,
    );
    expect(() => normConsumption({ perPersonPerMonth: rational('6.935'), persons: -1 }, october2024)).toThrow(
      RangeError,
    );
  });

  it('is proportional to the number of persons', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 100_000n }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: dayNumberOf(2000, 1, 1), max: dayNumberOf(2040, 1, 1) }),
        fc.integer({ min: 1, max: 400 }),
        (normMilli, persons, first, days) => {
          const period = { first, last: first + days - 1 };
          const norm = { n: normMilli, d: 1000n };
          const forOne = normConsumption({ perPersonPerMonth: norm, persons: 1 }, period).quantity;
          const forAll = normConsumption({ perPersonPerMonth: norm, persons }, period).quantity;
          expect(compare(forAll, multiply(forOne, fromInteger(persons)))).toBe(0);
        },
      ),
    );
  });
});
