import { describe, expect, it } from 'vitest';
import { formatAccountNumber, matchesAccountNumberPattern, parseAccountNumberPattern } from '../../index.ts';
import { defaultPartyReferencePattern } from './party-reference.ts';

describe('defaultPartyReferencePattern', () => {
  const pattern = parseAccountNumberPattern(defaultPartyReferencePattern);

  it('gives C, eight digits and a Luhn check digit', () => {
    if (!pattern.ok) throw new Error(pattern.detail);
    expect(formatAccountNumber(pattern.value, 1n)).toEqual({ ok: true, value: 'C000000018' });
    expect(formatAccountNumber(pattern.value, 3920n)).toEqual({ ok: true, value: 'C000039206' });
    expect(matchesAccountNumberPattern(pattern.value, 'C000000018')).toBe(true);
    expect(matchesAccountNumberPattern(pattern.value, 'C000000019')).toBe(false);
  });
});
