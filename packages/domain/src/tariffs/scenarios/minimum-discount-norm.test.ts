// A minimum charge tops the named charges up; discounts reduce them, possibly only for a
// benefit holder and within a social norm; unmetered service is billed on the norm.
import { describe, expect, it } from 'vitest';
import { toText } from '../../numbers/rational.ts';
import type { PriceComponent } from '../price-plan.ts';
import { about, amounts, days, explanations, planOf, q, rated, total, versionOf } from './scenario-kit.ts';

const month = days('2025-04-01', '2025-04-30');
const water: PriceComponent = { ...about('water'), kind: 'volumetric', unit: 'm³', unitPrice: '2.00' };
const metered = (consumption: string) => ({ kind: 'metered' as const, period: month, consumption: q(consumption) });

describe('minimum charge', () => {
  const plan = planOf([
    versionOf('2025-01-01', [
      water,
      { ...about('minimum'), kind: 'minimum', per: 'month', amount: '15.00', appliesTo: ['water'] },
    ]),
  ]);

  it('adds the shortfall when the charges are below the minimum', () => {
    expect(amounts(rated({ plan, billingPeriod: month, usage: metered('3') }))).toEqual([
      ['water', '6.00'],
      ['minimum', '9.00'],
    ]);
  });

  it('adds nothing when the charges reach the minimum', () => {
    expect(amounts(rated({ plan, billingPeriod: month, usage: metered('8') }))).toEqual([['water', '16.00']]);
  });
});

describe('discounts', () => {
  it('takes 50% off for holders of the benefit only, within a social norm of 10 m³', () => {
    const plan = planOf([
      versionOf('2025-01-01', [
        water,
        {
          ...about('veteran'),
          kind: 'discount',
          appliesTo: ['water'],
          percent: '50',
          benefit: 'veteran',
          maxQuantity: '10',
        },
      ]),
    ]);
    const holder = rated({ plan, billingPeriod: month, usage: metered('16'), account: { benefits: ['veteran'] } });
    expect(amounts(holder)).toEqual([
      ['water', '32.00'],
      ['veteran', '-10.00'],
    ]);
    expect(explanations(holder)[1]).toBe('50% off 20 EUR (social norm: 0.625 of the quantity) = -10.00');
    expect(total(rated({ plan, billingPeriod: month, usage: metered('16') }))).toBe('32.00');
  });

  it('never takes a fixed discount beyond the charges', () => {
    const plan = planOf([
      versionOf('2025-01-01', [
        water,
        { ...about('rebate'), kind: 'discount', appliesTo: ['water'], amount: '5.00', per: 'month' },
      ]),
    ]);
    expect(total(rated({ plan, billingPeriod: month, usage: metered('2') }))).toBe('0.00');
    expect(total(rated({ plan, billingPeriod: month, usage: metered('10') }))).toBe('15.00');
  });
});

describe('normative consumption', () => {
  const plan = planOf(
    [
      versionOf('2025-01-01', [{ ...water, unitPrice: '50.93' }], {
        normativeConsumption: { unit: 'm³', perPersonPerMonth: '6.935' },
      }),
    ],
    { currency: 'RUB' },
  );

  it('bills an unmetered month at 6.935 m³ × 2 persons = 13.870 m³', () => {
    const bill = rated({
      plan,
      billingPeriod: month,
      usage: { kind: 'unmetered', period: month },
      account: { persons: 2 },
    });
    expect(bill.lines[0] && toText(bill.lines[0].quantity)).toBe('13.87');
    expect(total(bill)).toBe('706.40');
    expect(explanations(bill)[0]).toContain('norm 6.935 per person × 2 persons × 1 × 1 months');
  });

  it('applies the 1.5 multiplier where a meter could be installed but is not', () => {
    const penalised = planOf(
      [
        versionOf('2025-01-01', [{ ...water, unitPrice: '50.93' }], {
          normativeConsumption: { unit: 'm³', perPersonPerMonth: '6.935', multiplier: '1.5' },
        }),
      ],
      { currency: 'RUB' },
    );
    const bill = rated({
      plan: penalised,
      billingPeriod: month,
      usage: { kind: 'unmetered', period: month },
      account: { persons: 2 },
    });
    expect(total(bill)).toBe('1059.60');
  });

  it('needs the number of persons', () => {
    expect(() => rated({ plan, billingPeriod: month, usage: { kind: 'unmetered', period: month } })).toThrow(
      /account_fact_missing/,
    );
  });
});
