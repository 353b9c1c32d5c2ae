// Beijing residential water: the water fee is tiered on the household's cumulative use in the
// calendar year; the resource and sewage fees are flat per m³ and are bill lines of their own.
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../money/money.ts';
import type { PricePlan } from '../price-plan.ts';
import { about, amounts, days, planOf, q, rated, total, versionOf } from './scenario-kit.ts';

export const beijing: PricePlan = planOf(
  [
    versionOf('2014-05-01', [
      {
        ...about('water_fee'),
        kind: 'tiered',
        unit: 'm³',
        mode: 'graduated',
        tierPeriod: 'year',
        tiers: [
          { upTo: '180', unitPrice: '2.07' },
          { upTo: '260', unitPrice: '4.07' },
          { upTo: null, unitPrice: '6.07' },
        ],
        taxCategory: 'water',
      },
      { ...about('resource_fee'), kind: 'volumetric', unit: 'm³', unitPrice: '1.57', taxCategory: 'water' },
      { ...about('sewage_fee'), kind: 'volumetric', unit: 'm³', unitPrice: '1.36', taxCategory: 'water' },
      { ...about('vat'), kind: 'tax', category: 'water', ratePercent: '9', inclusive: true },
    ]),
  ],
  { currency: 'CNY' },
);

const year = days('2025-01-01', '2025-12-31');

describe('Beijing annual tiers', () => {
  it('bills 300 m³ in a year as 941.00 water, 471.00 resource and 408.00 sewage: 1,820.00', () => {
    const bill = rated({
      plan: beijing,
      billingPeriod: year,
      usage: { kind: 'metered', period: year, consumption: q('300') },
    });
    expect(amounts(bill)).toEqual([
      ['water_fee', '372.60'],
      ['water_fee', '325.60'],
      ['water_fee', '242.80'],
      ['resource_fee', '471.00'],
      ['sewage_fee', '408.00'],
    ]);
    expect(total(bill)).toBe('1820.00');
  });

  it('shows the 9% VAT included in 1,820.00 as 150.28 on a net of 1,669.72', () => {
    const bill = rated({
      plan: beijing,
      billingPeriod: year,
      usage: { kind: 'metered', period: year, consumption: q('300') },
    });
    const [vat] = bill.taxes;
    expect(vat && formatMoney(vat.amount)).toBe('150.28');
    expect(vat && formatMoney(vat.base)).toBe('1820.00');
    const lineTaxes = bill.lines.reduce((sum, line) => sum + line.tax.amountMinor, 0n);
    expect(lineTaxes).toBe(15028n);
  });

  it('bills 20 m³ after 170 m³ earlier in the year as 10 m³ at 5 and 10 m³ at 7: 120.00', () => {
    const bill = rated({
      plan: beijing,
      billingPeriod: days('2025-09-01', '2025-10-31'),
      usage: { kind: 'metered', period: days('2025-09-01', '2025-10-31'), consumption: q('20') },
      yearToDate: q('170'),
    });
    expect(amounts(bill)).toEqual([
      ['water_fee', '20.70'],
      ['water_fee', '40.70'],
      ['resource_fee', '31.40'],
      ['sewage_fee', '27.20'],
    ]);
    expect(total(bill)).toBe('120.00');
  });

  it('restarts the tiers on 1 January for the part of a bill in the new year', () => {
    const bill = rated({
      plan: beijing,
      billingPeriod: days('2025-12-01', '2026-01-31'),
      usage: { kind: 'metered', period: days('2025-12-01', '2026-01-31'), consumption: q('62') },
      yearToDate: q('250'),
    });
    // 31 days in each year: 31 m³ in December (10 in tier 2 up to 260, 21 in tier 3), 31 m³ in January in tier 1.
    expect(amounts(bill).filter(([code]) => code === 'water_fee')).toEqual([
      ['water_fee', '40.70'],
      ['water_fee', '127.47'],
      ['water_fee', '64.17'],
    ]);
  });
});
