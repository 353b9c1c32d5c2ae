// A price change inside a reading period splits the consumption by days on each side of it,
// unless the plan bills whole periods on the version in force at their start.
import { describe, expect, it } from 'vitest';
import { about, amounts, days, explanations, planOf, q, rated, total, versionOf } from './scenario-kit.ts';

const energy = (unitPrice: string) => ({ ...about('energy'), kind: 'volumetric' as const, unit: 'kWh', unitPrice });
const versions = [versionOf('2024-01-01', [energy('0.10')]), versionOf('2024-01-16', [energy('0.12')])];
const usage = { kind: 'metered' as const, period: days('2024-01-01', '2024-02-14'), consumption: q('100') };

describe('rate change inside a reading period', () => {
  it('bills 100 kWh over 45 days as 15 days at 0.10 and 30 days at 0.12: 11.33', () => {
    const bill = rated({ plan: planOf(versions), billingPeriod: days('2024-01-01', '2024-02-14'), usage });
    expect(amounts(bill)).toEqual([
      ['energy', '3.33'],
      ['energy', '8.00'],
    ]);
    expect(total(bill)).toBe('11.33');
    expect(explanations(bill)[0]).toBe(
      '33.333333… kWh × 0.1 (prices from 2024-01-01; 15 of 45 days) = 3.333333… → 3.33',
    );
  });

  it('bills the whole period at the old price when the plan applies changes to whole periods only', () => {
    const plan = planOf(versions, { versionChange: 'whole_periods' });
    const bill = rated({ plan, billingPeriod: days('2024-01-01', '2024-02-14'), usage });
    expect(total(bill)).toBe('10.00');
  });

  it('refuses a period that starts before the first version', () => {
    const plan = planOf(versions);
    expect(() => rated({ plan, billingPeriod: days('2023-12-01', '2023-12-31') })).toThrow(/no_price_version_in_force/);
  });
});
