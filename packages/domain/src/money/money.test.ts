import { describe, expect, it } from 'vitest';
import { rational } from '../numbers/rational.ts';
import { formatMoney, moneyValue, toMoney } from './money.ts';

describe('toMoney', () => {
  it('rounds once into the currency minor units with the given mode', () => {
    expect(toMoney(rational('18.205'), 'CNY', 'half-up')).toEqual({ amountMinor: 1821n, currency: 'CNY' });
    expect(toMoney(rational('18.205'), 'CNY', 'half-even')).toEqual({ amountMinor: 1820n, currency: 'CNY' });
    expect(toMoney(rational('18.209'), 'CNY', 'down')).toEqual({ amountMinor: 1820n, currency: 'CNY' });
    expect(toMoney(rational('18.201'), 'CNY', 'up')).toEqual({ amountMinor: 1821n, currency: 'CNY' });
  });

  it('rounds the exact value, not an already rounded one', () => {
    // 1.0049 rounded to 3 places first would be 1.005 and then 1.01: a double rounding.
    expect(toMoney(rational('1.0049'), 'EUR', 'half-up').amountMinor).toBe(100n);
  });

  it('rounds a third of 100 roubles to 33.33 and of 200 to 66.67', () => {
    expect(toMoney(rational('100/3'), 'RUB', 'half-up').amountMinor).toBe(3333n);
    expect(toMoney(rational('200/3'), 'RUB', 'half-up').amountMinor).toBe(6667n);
  });

  it('uses whole yen and thousandths of a dinar', () => {
    expect(toMoney(rational('1234.5'), 'JPY', 'half-up').amountMinor).toBe(1235n);
    expect(toMoney(rational('1234.5'), 'JPY', 'half-even').amountMinor).toBe(1234n);
    expect(toMoney(rational('1.2345'), 'KWD', 'half-even').amountMinor).toBe(1234n);
  });

  it('rounds a refund half away from zero in half-up', () => {
    expect(toMoney(rational('-0.125'), 'USD', 'half-up').amountMinor).toBe(-13n);
    expect(toMoney(rational('-0.125'), 'USD', 'half-even').amountMinor).toBe(-12n);
  });
});

describe('moneyValue', () => {
  it('reads minor units back as the exact major amount', () => {
    expect(moneyValue({ amountMinor: 1820n, currency: 'CNY' })).toEqual({ n: 1820n, d: 100n });
    expect(moneyValue({ amountMinor: 1820n, currency: 'JPY' })).toEqual({ n: 1820n, d: 1n });
  });
});

describe('formatMoney', () => {
  it.each([
    [1820n, 'CNY', '18.20'],
    [182000n, 'CNY', '1820.00'],
    [5n, 'EUR', '0.05'],
    [-5n, 'EUR', '-0.05'],
    [0n, 'USD', '0.00'],
    [1820n, 'JPY', '1820'],
    [-1820n, 'JPY', '-1820'],
    [1n, 'KWD', '0.001'],
  ])('writes %i %s as %s', (amountMinor, currency, text) => {
    expect(formatMoney({ amountMinor, currency })).toBe(text);
  });
});
