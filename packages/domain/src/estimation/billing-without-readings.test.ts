import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../calendar/day-number.ts';
import { type Rational, rational, toFixed } from '../numbers/rational.ts';
import type { MeteredPeriod } from './average-consumption.ts';
import { estimateConsumption } from './estimate-consumption.ts';
import { recalculationDifference } from './recalculation-difference.ts';

// Decree 354 (Russia): a missing reading is billed at the average month of the last 6 real
// readings for up to 3 periods in a row, then at the norm; a real reading recalculates them all.

const monthOf = (year: number, month: number) => ({
  first: dayNumberOf(year, month, 1),
  last: (month === 12 ? dayNumberOf(year + 1, 1, 1) : dayNumberOf(year, month + 1, 1)) - 1,
});

const readings: MeteredPeriod[] = ['5', '6', '4', '5', '7', '3'].map((quantity, index) => ({
  quantity: rational(quantity),
  range: monthOf(2024, index + 1),
}));

const russianRules = {
  history: readings,
  periodsToAverage: 6,
  minimumPeriods: 3,
  averagePer: 'month' as const,
  maximumConsecutiveEstimates: 3,
  norm: { perPersonPerMonth: rational('6.935'), persons: 2 },
};

const billedFor = (month: number, consecutiveEstimates: number): Rational => {
  const result = estimateConsumption({ ...russianRules, period: monthOf(2024, month), consecutiveEstimates });
  if (!result.ok) throw new Error(result.code);
  return result.value.quantity;
};

describe('billing without readings under decree 354', () => {
  it('averages 5, 6, 4, 5, 7, 3 m3 to 5.000 m3 a month, whatever the months’ lengths', () => {
    const result = estimateConsumption({ ...russianRules, period: monthOf(2024, 7), consecutiveEstimates: 0 });
    expect(result.ok && result.value.basis === 'average' && toFixed(result.value.average, 3)).toBe('5.000');
  });

  it('bills three missing months at 5 m3 each, then the fourth at the norm of 13.870 m3', () => {
    expect([billedFor(7, 0), billedFor(8, 1), billedFor(9, 2), billedFor(10, 3)].map((q) => toFixed(q, 3))).toEqual([
      '5.000',
      '5.000',
      '5.000',
      '13.870',
    ]);
    const october = estimateConsumption({ ...russianRules, period: monthOf(2024, 10), consecutiveEstimates: 3 });
    expect(october.ok && october.value.basis === 'norm' && october.value.reason).toBe('estimate_limit_reached');
  });

  it('credits 3.870 m3 when a reading shows 25.000 m3 over the four estimated months', () => {
    const estimates = [billedFor(7, 0), billedFor(8, 1), billedFor(9, 2), billedFor(10, 3)];
    const difference = recalculationDifference({ actualQuantity: rational('25.000'), estimatedQuantities: estimates });
    expect(toFixed(difference, 3)).toBe('-3.870');
  });
});
