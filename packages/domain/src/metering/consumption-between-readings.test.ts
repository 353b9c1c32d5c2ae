import { describe, expect, it } from 'vitest';
import { rational, toText } from '../numbers/rational.ts';
import { consumptionBetweenReadings } from './consumption-between-readings.ts';

const between = (previous: string, current: string, extra: { digits?: number; multiplier?: string } = {}) => {
  const result = consumptionBetweenReadings({
    previous: rational(previous),
    current: rational(current),
    ...(extra.digits === undefined ? {} : { digits: extra.digits }),
    ...(extra.multiplier === undefined ? {} : { multiplier: rational(extra.multiplier) }),
  });
  return result.ok ? toText(result.value) : result.code;
};

describe('consumptionBetweenReadings', () => {
  it('is the difference of the readings', () => expect(between('1234.5', '1260.25')).toBe('25.75'));
  it('is zero for equal readings', () => expect(between('88', '88')).toBe('0'));
  it('rolls over past the last digit', () => expect(between('99998', '3', { digits: 5 })).toBe('5'));
  it('multiplies by the meter multiplier', () => expect(between('10', '12.5', { multiplier: '40' })).toBe('100'));
  it('refuses a lower reading without a known digit count', () =>
    expect(between('50', '49')).toBe('negative_consumption'));
});
