// Taxes are computed once per category on its total and shared back to the lines; odd inputs
// (leap day, zero, negative consumption, missing registers) get exact results or clear codes.
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../money/money.ts';
import type { PriceComponent, VolumetricCharge } from '../price-plan.ts';
import { rate } from '../rate.ts';
import { about, amounts, days, planOf, q, rated, total, versionOf } from './scenario-kit.ts';

const month = days('2025-04-01', '2025-04-30');
const untaxed = (code: string, unitPrice: string): VolumetricCharge => ({
  ...about(code),
  kind: 'volumetric',
  unit: 'm³',
  unitPrice,
});
const line = (code: string, unitPrice: string): VolumetricCharge => ({
  ...untaxed(code, unitPrice),
  taxCategory: 'standard',
});
const vat = (inclusive: boolean): PriceComponent => ({
  ...about('vat'),
  kind: 'tax',
  category: 'standard',
  ratePercent: '20',
  inclusive,
});

describe('taxes', () => {
  it('adds exclusive tax as its own line, computed on the category total', () => {
    const plan = planOf([
      versionOf('2025-01-01', [line('a', '0.333'), line('b', '0.333'), line('c', '0.333'), vat(false)]),
    ]);
    const bill = rated({ plan, billingPeriod: month, usage: { kind: 'metered', period: month, consumption: q('1') } });
    // Three lines of 0.33 (0.333 rounded): tax on 0.99 is 0.198 → 0.20, shared 0.07 + 0.07 + 0.06.
    expect(amounts(bill)).toEqual([
      ['a', '0.33'],
      ['b', '0.33'],
      ['c', '0.33'],
      ['vat', '0.20'],
    ]);
    expect(bill.lines.map((each) => each.tax.amountMinor)).toEqual([7n, 7n, 6n, 0n]);
    expect(total(bill)).toBe('1.19');
  });

  it('computes tax once on the category total even when a version change splits the period', () => {
    const versions = [
      versionOf('2025-01-01', [line('a', '0.10'), vat(false)]),
      versionOf('2025-01-16', [line('a', '0.10'), vat(false)]),
    ];
    const plan = planOf(versions);
    const january = days('2025-01-01', '2025-01-30');
    const bill = rated({
      plan,
      billingPeriod: january,
      usage: { kind: 'metered', period: january, consumption: q('93') },
    });
    // Two pieces of 4.65: 20% of 9.30 is 1.86 (per piece it would be 0.93 + 0.93 = 1.86 too), so use 10%:
    expect(amounts(bill)).toEqual([
      ['a', '4.65'],
      ['a', '4.65'],
      ['vat', '1.86'],
    ]);
    const tenPercent = planOf(
      versions.map((version) => ({
        ...version,
        components: [line('a', '0.10'), { ...vat(false), ratePercent: '10' }],
      })),
    );
    const taxed = rated({
      plan: tenPercent,
      billingPeriod: january,
      usage: { kind: 'metered', period: january, consumption: q('93') },
    });
    // Once on 9.30: 0.93; per piece it would have been 0.47 + 0.47 = 0.94.
    expect(amounts(taxed).at(-1)).toEqual(['vat', '0.93']);
    expect(taxed.lines.map((each) => each.tax.amountMinor)).toEqual([47n, 46n, 0n]);
  });

  it('reports included tax without adding it', () => {
    const plan = planOf([versionOf('2025-01-01', [line('a', '1.20'), vat(true)])]);
    const bill = rated({
      plan,
      billingPeriod: month,
      usage: { kind: 'metered', period: month, consumption: q('100') },
    });
    expect(total(bill)).toBe('120.00');
    expect(bill.taxes.map((tax) => formatMoney(tax.amount))).toEqual(['20.00']);
  });

  it('refuses a taxed charge whose category no tax component has', () => {
    const plan = planOf([versionOf('2025-01-01', [line('a', '1.20')])]);
    const result = rate({ plan, billingPeriod: month, rounding: 'half-up' });
    expect(result).toMatchObject({ ok: false, code: 'price_plan_invalid' });
  });
});

describe('edges', () => {
  const daily: PriceComponent = { ...about('daily'), kind: 'fixed', per: 'day', unitPrice: '0.50' };

  it('counts 29 February in a leap-year month', () => {
    const plan = planOf([versionOf('2023-01-01', [daily])]);
    expect(total(rated({ plan, billingPeriod: days('2024-02-01', '2024-02-29') }))).toBe('14.50');
    expect(total(rated({ plan, billingPeriod: days('2023-02-01', '2023-02-28') }))).toBe('14.00');
  });

  it('refuses negative consumption with a code', () => {
    const plan = planOf([versionOf('2025-01-01', [untaxed('a', '1')])]);
    const result = rate({
      plan,
      billingPeriod: month,
      usage: { kind: 'metered', period: month, consumption: q('-1') },
      rounding: 'half-up',
    });
    expect(result).toMatchObject({ ok: false, code: 'negative_consumption' });
  });

  it('refuses a period that ends before it starts', () => {
    const plan = planOf([versionOf('2025-01-01', [daily])]);
    expect(rate({ plan, billingPeriod: days('2025-04-30', '2025-04-01'), rounding: 'half-up' })).toMatchObject({
      ok: false,
      code: 'period_ends_before_start',
    });
  });

  it('prices two-rate registers separately and refuses a missing register', () => {
    const plan = planOf([
      versionOf('2025-01-01', [
        { ...about('day'), kind: 'volumetric', unit: 'kWh', register: 'day', unitPrice: '6.43' },
        { ...about('night'), kind: 'volumetric', unit: 'kWh', register: 'night', unitPrice: '2.57' },
      ]),
    ]);
    const usage = {
      kind: 'metered' as const,
      period: month,
      consumption: q('300'),
      registers: { day: q('200'), night: q('100') },
    };
    expect(amounts(rated({ plan, billingPeriod: month, usage }))).toEqual([
      ['day', '1286.00'],
      ['night', '257.00'],
    ]);
    expect(
      rate({ plan, billingPeriod: month, usage: { ...usage, registers: { day: q('300') } }, rounding: 'half-up' }),
    ).toMatchObject({ ok: false, code: 'register_missing' });
  });

  it('rounds half-way amounts with the tenant mode', () => {
    const plan = planOf([versionOf('2025-01-01', [untaxed('a', '0.125')])]);
    const usage = { kind: 'metered' as const, period: month, consumption: q('1') };
    expect(total(rated({ plan, billingPeriod: month, usage, rounding: 'half-up' }))).toBe('0.13');
    expect(total(rated({ plan, billingPeriod: month, usage, rounding: 'half-even' }))).toBe('0.12');
    expect(total(rated({ plan, billingPeriod: month, usage, rounding: 'down' }))).toBe('0.12');
  });
});
