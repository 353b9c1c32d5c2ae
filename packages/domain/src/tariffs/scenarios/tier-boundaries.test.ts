// Tier limits are exact: the 180th m³ is the last of tier 1, a thousandth more starts tier 2;
// in volume mode every unit takes the price of the tier the total reaches.
import { describe, expect, it } from 'vitest';
import type { TieredCharge } from '../price-plan.ts';
import { about, amounts, days, planOf, q, rated, total, versionOf } from './scenario-kit.ts';

const tiered = (mode: TieredCharge['mode'], tierPeriod: TieredCharge['tierPeriod'] = 'bill'): TieredCharge => ({
  ...about('water'),
  kind: 'tiered',
  unit: 'm³',
  mode,
  tierPeriod,
  tiers: [
    { upTo: '10', unitPrice: '1.00' },
    { upTo: '20', unitPrice: '2.00' },
    { upTo: null, unitPrice: '3.00' },
  ],
});
const month = days('2025-03-01', '2025-03-31');
const bill = (component: TieredCharge, consumption: string, extra: object = {}) =>
  rated({
    plan: planOf([versionOf('2025-01-01', [component])]),
    billingPeriod: month,
    usage: { kind: 'metered', period: month, consumption: q(consumption) },
    ...extra,
  });

describe('tier boundaries', () => {
  it('keeps exactly 10 m³ in tier 1', () => {
    expect(amounts(bill(tiered('graduated'), '10'))).toEqual([['water', '10.00']]);
  });

  it('starts tier 2 with the next thousandth', () => {
    expect(amounts(bill(tiered('graduated'), '10.001'))).toEqual([
      ['water', '10.00'],
      ['water', '0.00'],
    ]);
  });

  it('fills every tier for 25 m³: 10 + 20 + 15', () => {
    expect(total(bill(tiered('graduated'), '25'))).toBe('45.00');
  });

  it('shows zero consumption as one zero line at the tier-1 price', () => {
    const zero = bill(tiered('graduated'), '0');
    expect(amounts(zero)).toEqual([['water', '0.00']]);
    expect(zero.lines[0]?.unitPrice).toEqual(q('1.00'));
  });

  it('prices all 25 m³ at tier 3 in volume mode, and exactly 20 m³ at tier 2', () => {
    expect(total(bill(tiered('volume'), '25'))).toBe('75.00');
    expect(total(bill(tiered('volume'), '20'))).toBe('40.00');
  });

  it('widens every limit for persons above the base household', () => {
    const household = { ...tiered('graduated'), household: { basePersons: 4, extraPerPerson: ['2', '3'] } };
    // 6 persons: limits 14 and 26; 25 m³ = 14 × 1 + 11 × 2.
    expect(total(bill(household, '25', { account: { persons: 6 } }))).toBe('36.00');
    expect(total(bill(household, '25', { account: { persons: 3 } }))).toBe('45.00');
    expect(() => bill(household, '25')).toThrow(/account_fact_missing/);
  });

  it('scales monthly limits to the months a two-month bill covers', () => {
    const twoMonths = days('2025-03-01', '2025-04-30');
    const result = rated({
      plan: planOf([versionOf('2025-01-01', [tiered('graduated', 'month')])]),
      billingPeriod: twoMonths,
      usage: { kind: 'metered', period: twoMonths, consumption: q('30') },
    });
    // Limits 20 and 40: 20 × 1 + 10 × 2.
    expect(total(result)).toBe('40.00');
  });

  it('scales monthly limits by days for part of a month', () => {
    const half = days('2025-04-01', '2025-04-15');
    const result = rated({
      plan: planOf([versionOf('2025-01-01', [tiered('graduated', 'month')])]),
      billingPeriod: half,
      usage: { kind: 'metered', period: half, consumption: q('10') },
    });
    // Limits 5 and 10: 5 × 1 + 5 × 2.
    expect(total(result)).toBe('15.00');
  });
});
