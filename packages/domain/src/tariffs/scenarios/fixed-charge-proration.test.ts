// A monthly fixed charge covers only the days of service: move-in and move-out prorate it by days.
import { describe, expect, it } from 'vitest';
import { about, amounts, days, explanations, planOf, rated, versionOf } from './scenario-kit.ts';

const plan = planOf([versionOf('2024-01-01', [{ ...about('base'), kind: 'fixed', per: 'month', unitPrice: '30.00' }])]);

describe('fixed charge proration', () => {
  it('charges 19.00 of 30.00 when service starts on 12 April', () => {
    const bill = rated({
      plan,
      billingPeriod: days('2024-04-01', '2024-04-30'),
      servicePeriod: days('2024-04-12', '2030-12-31'),
    });
    expect(amounts(bill)).toEqual([['base', '19.00']]);
    expect(explanations(bill)[0]).toBe('30 per month × 19/30 (19 days of service) = 19.00');
  });

  it('charges 20.00 of 30.00 when service ends on 20 April, that day included', () => {
    const bill = rated({
      plan,
      billingPeriod: days('2024-04-01', '2024-04-30'),
      servicePeriod: days('2020-01-01', '2024-04-20'),
    });
    expect(amounts(bill)).toEqual([['base', '20.00']]);
  });

  it('charges nothing when service lies outside the billing period', () => {
    const bill = rated({
      plan,
      billingPeriod: days('2024-04-01', '2024-04-30'),
      servicePeriod: days('2024-05-01', '2024-12-31'),
    });
    expect(bill.lines).toEqual([]);
  });

  it('charges a quarter as three whole months whatever their lengths', () => {
    const bill = rated({ plan, billingPeriod: days('2024-01-01', '2024-03-31') });
    expect(amounts(bill)).toEqual([['base', '90.00']]);
  });

  it('charges per m² of area and per dwelling unit', () => {
    const byArea = planOf([
      versionOf('2024-01-01', [
        { ...about('maintenance'), kind: 'fixed', per: 'month', unitPrice: '25.50', basis: 'area_m2' },
      ]),
    ]);
    const bill = rated({
      plan: byArea,
      billingPeriod: days('2024-04-01', '2024-04-30'),
      account: { areaM2: { n: 543n, d: 10n } },
    });
    expect(amounts(bill)).toEqual([['maintenance', '1384.65']]);
  });

  it('prices by meter size', () => {
    const bySize = planOf([
      versionOf('2024-01-01', [
        {
          ...about('meter_rent'),
          kind: 'fixed',
          per: 'period',
          unitPrice: '0',
          unitPriceByMeterSize: { DN15: '4.00', DN20: '7.50' },
        },
      ]),
    ]);
    const bill = rated({
      plan: bySize,
      billingPeriod: days('2024-04-01', '2024-06-30'),
      account: { meterSize: 'DN20' },
    });
    expect(amounts(bill)).toEqual([['meter_rent', '7.50']]);
  });
});
