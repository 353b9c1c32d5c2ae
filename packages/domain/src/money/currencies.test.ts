import { describe, expect, it } from 'vitest';
import { minorUnitsOf } from './currencies.ts';

describe('minorUnitsOf', () => {
  it.each([
    ['EUR', 2],
    ['USD', 2],
    ['CNY', 2],
    ['RUB', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['CLF', 4],
  ])('gives %s %i decimal places', (currency, places) => {
    expect(minorUnitsOf(currency)).toBe(places);
  });

  it.each(['eur', 'EU', 'EURO', '', '123', 'E1R'])('refuses %j as a currency code', (currency) => {
    expect(() => minorUnitsOf(currency)).toThrow(RangeError);
  });
});
