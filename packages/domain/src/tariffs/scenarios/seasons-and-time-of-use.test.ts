// Seasonal prices split consumption by days across season windows; time-of-use prices sum
// interval consumption by the period each interval starts in, holidays included.
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { SeasonalCharge, TimeOfUseCharge } from '../price-plan.ts';
import { about, amounts, days, explanations, planOf, q, rated, versionOf } from './scenario-kit.ts';

const seasonal: SeasonalCharge = {
  ...about('water'),
  kind: 'seasonal',
  unit: 'm³',
  seasons: [
    { code: 'summer', from: '06-01', to: '09-30', unitPrice: '3.00' },
    { code: 'winter', from: '10-01', to: '05-31', unitPrice: '2.00' },
  ],
};

const timeOfUse: TimeOfUseCharge = {
  ...about('energy'),
  kind: 'time_of_use',
  unit: 'kWh',
  periods: [
    {
      code: 'peak',
      unitPrice: '0.40',
      windows: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '16:00', to: '21:00' }],
    },
    { code: 'off_peak', unitPrice: '0.15', windows: [] },
  ],
  defaultPeriod: 'off_peak',
  holidays: ['2025-07-04'],
  holidayPeriod: 'off_peak',
};

describe('seasonal prices', () => {
  it('splits 61 m³ over 31 May and June 1–30 by days: 1 day winter, 30 days summer', () => {
    const period = days('2025-05-31', '2025-06-30');
    const bill = rated({
      plan: planOf([versionOf('2025-01-01', [seasonal])]),
      billingPeriod: period,
      usage: { kind: 'metered', period, consumption: q('62') },
    });
    expect(amounts(bill)).toEqual([
      ['water', '4.00'],
      ['water', '180.00'],
    ]);
    expect(explanations(bill)[1]).toBe('60 m³ × 3 (season summer; 30 of 31 days) = 180.00');
  });

  it('handles a winter season that wraps over New Year', () => {
    const period = days('2025-12-20', '2026-01-10');
    const bill = rated({
      plan: planOf([versionOf('2025-01-01', [seasonal])]),
      billingPeriod: period,
      usage: { kind: 'metered', period, consumption: q('22') },
    });
    expect(amounts(bill)).toEqual([
      ['water', '24.00'],
      ['water', '20.00'],
    ]);
  });

  it('refuses seasons that leave days uncovered', () => {
    const gappy = { ...seasonal, seasons: [seasonal.seasons[0] ?? seasonal.seasons[1]] } as SeasonalCharge;
    expect(() =>
      rated({ plan: planOf([versionOf('2025-01-01', [gappy])]), billingPeriod: days('2025-01-01', '2025-01-31') }),
    ).toThrow(/seasons must cover/i);
  });
});

describe('time-of-use prices', () => {
  const interval = (start: string, quantity: string) => ({
    start: Temporal.PlainDateTime.from(start),
    quantity: q(quantity),
  });

  it('prices weekday evening hours as peak and the rest, weekends and holidays as off-peak', () => {
    const bill = rated({
      plan: planOf([versionOf('2025-01-01', [timeOfUse])], { currency: 'USD' }),
      billingPeriod: days('2025-07-01', '2025-07-31'),
      usage: {
        kind: 'interval',
        intervals: [
          interval('2025-07-01T16:00', '2'), // Tuesday peak
          interval('2025-07-01T20:45', '1'), // Tuesday peak, last quarter
          interval('2025-07-01T21:00', '4'), // Tuesday off-peak
          interval('2025-07-04T17:00', '3'), // Independence Day: off-peak
          interval('2025-07-05T17:00', '5'), // Saturday: off-peak
        ],
      },
    });
    expect(amounts(bill)).toEqual([
      ['energy', '1.20'],
      ['energy', '1.80'],
    ]);
    expect(bill.lines.map((line) => line.quantity)).toEqual([q('3'), q('12')]);
  });

  it('refuses to price time of use from a period total', () => {
    const period = days('2025-07-01', '2025-07-31');
    expect(() =>
      rated({
        plan: planOf([versionOf('2025-01-01', [timeOfUse])], { currency: 'USD' }),
        billingPeriod: period,
        usage: { kind: 'metered', period, consumption: q('100') },
      }),
    ).toThrow(/interval_usage_required/);
  });
});
