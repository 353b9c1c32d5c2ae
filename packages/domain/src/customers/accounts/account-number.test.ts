import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountNumberFor, hasValidCheckDigit } from './account-number.ts';

describe('accountNumberFor', () => {
  it('pads to eight digits and appends the Luhn check digit', () => {
    expect(accountNumberFor(1n)).toBe('000000018');
  });

  it('agrees with the textbook Luhn example', () => {
    expect(hasValidCheckDigit('79927398713')).toBe(true);
    expect(hasValidCheckDigit('79927398710')).toBe(false);
  });

  it('refuses a sequence that no longer fits eight digits', () => {
    expect(() => accountNumberFor(100000000n)).toThrow(RangeError);
    expect(() => accountNumberFor(0n)).toThrow(RangeError);
  });

  it('produces numbers whose check digit verifies', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 99999999n }), (value) => {
        expect(hasValidCheckDigit(accountNumberFor(value))).toBe(true);
      }),
    );
  });

  it('catches any single mistyped digit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 99999999n }),
        fc.nat(8),
        fc.integer({ min: 1, max: 9 }),
        (value, at, shift) => {
          const number = accountNumberFor(value);
          const typo = number.slice(0, at) + ((Number(number[at]) + shift) % 10) + number.slice(at + 1);
          expect(hasValidCheckDigit(typo)).toBe(false);
        },
      ),
    );
  });
});
