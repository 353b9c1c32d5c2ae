import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountNumberFor } from './account-number.ts';
import {
  type AccountNumberPattern,
  defaultAccountNumberPattern,
  formatAccountNumber,
  matchesAccountNumberPattern,
  parseAccountNumberPattern,
} from './account-number-pattern.ts';

const parsed = (text: string): AccountNumberPattern => {
  const result = parseAccountNumberPattern(text);
  if (!result.ok) throw new Error(`${text}: ${result.detail}`);
  return result.value;
};
const formatted = (pattern: AccountNumberPattern, value: bigint): string => {
  const result = formatAccountNumber(pattern, value);
  if (!result.ok) throw new Error(result.code);
  return result.value;
};

const literal = fc.stringMatching(/^[A-Z0-9][A-Za-z0-9./-]{0,5}$/);
const patternText = fc
  .record({
    prefix: fc.option(literal, { nil: undefined }),
    width: fc.integer({ min: 1, max: 12 }),
    check: fc.boolean(),
    suffix: fc.option(fc.stringMatching(/^[A-Za-z0-9./-]{1,4}$/), { nil: undefined }),
  })
  .map(({ prefix, width, check, suffix }) => `${prefix ?? ''}{seq:${width}}${check ? '{check}' : ''}${suffix ?? ''}`);

describe('account number patterns', () => {
  it('pads the counter into the pattern', () => {
    expect(formatted(parsed('RW-{seq:6}'), 42n)).toBe('RW-000042');
    expect(formatted(parsed('{seq:4}/2026'), 7n)).toBe('0007/2026');
  });

  it('agrees with the built-in numbering for the default pattern', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 99_999_999n }), (value) => {
        expect(formatted(parsed(defaultAccountNumberPattern), value)).toBe(accountNumberFor(value));
      }),
    );
  });

  it('refuses patterns without exactly one counter, with foreign characters or too long', () => {
    for (const text of [
      'RW-',
      '{seq:3}{seq:3}',
      'RW {seq:6}',
      '{seq:0}',
      '{seq:19}',
      '-{seq:4}',
      '{check}{check}{seq:2}',
    ]) {
      expect(parseAccountNumberPattern(text)).toMatchObject({ ok: false, code: 'account_number_pattern_invalid' });
    }
    expect(parseAccountNumberPattern(`${'A'.repeat(20)}{seq:13}`).ok).toBe(false);
  });

  it('says when the counter outgrows its width', () => {
    expect(formatAccountNumber(parsed('RW-{seq:2}'), 99n)).toEqual({ ok: true, value: 'RW-99' });
    expect(formatAccountNumber(parsed('RW-{seq:2}'), 100n)).toMatchObject({
      ok: false,
      code: 'account_numbers_exhausted',
    });
  });

  it('matches every number it formats, and formats distinct numbers for distinct counter values', () => {
    fc.assert(
      fc.property(patternText, fc.bigInt({ min: 1n, max: 999n }), fc.bigInt({ min: 1n, max: 999n }), (text, a, b) => {
        const pattern = parsed(text);
        const first = formatAccountNumber(pattern, a);
        const second = formatAccountNumber(pattern, b);
        if (first.ok) expect(matchesAccountNumberPattern(pattern, first.value)).toBe(true);
        if (first.ok && second.ok) expect(first.value === second.value).toBe(a === b);
      }),
    );
  });

  it('refuses a number with one digit of the counter mistyped when the pattern has a check digit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 999_999n }),
        fc.nat(5),
        fc.integer({ min: 1, max: 9 }),
        (value, at, shift) => {
          const pattern = parsed('RW-{seq:6}{check}');
          const number = formatted(pattern, value);
          const position = 3 + at;
          const typo =
            number.slice(0, position) + ((Number(number[position]) + shift) % 10) + number.slice(position + 1);
          expect(matchesAccountNumberPattern(pattern, typo)).toBe(false);
        },
      ),
    );
  });

  it('refuses numbers of another shape', () => {
    const pattern = parsed('RW-{seq:6}');
    for (const number of ['RW-12345', 'RW-1234567', 'rw-123456', 'XX-123456', 'RW-12345a', 'RW-000000']) {
      expect(matchesAccountNumberPattern(pattern, number)).toBe(false);
    }
    expect(matchesAccountNumberPattern(pattern, 'RW-123456')).toBe(true);
  });
});
